/**
 * "Copy link" and "Copy citation" buttons. Each is `<button data-copy-text="…">` or
 * `data-copy-path="…"` (a site path made absolute against the current address, so a copied link
 * names whichever host serves the site). Buttons start hidden: without JavaScript the text they
 * would copy is shown next to them instead. src/components/SiteScript.astro shows them and loads
 * this module on the first click.
 */
import { addressOf } from '../lib/urls';

/** Copies what a copy button stands for and says whether it worked, next to the button. */
export async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const path = button.dataset.copyPath;
  const text = path === undefined ? (button.dataset.copyText ?? '') : addressOf(path, document.baseURI);
  const copied = await writeClipboard(text);
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (status) status.textContent = copied ? 'Copied.' : `Copy failed: select the text and copy it (${text})`;
}

/** Copies with the Clipboard API, or the older selection-based command on plain-http intranets. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    // execCommand is deprecated but is the only copy path outside secure contexts.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to copy outside secure contexts (plain-http intranets)
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}
