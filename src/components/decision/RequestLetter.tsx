/**
 * "Prepare the request": a short form that fills a printable request letter for the written
 * permission, consent or approval an outcome needs, quoting the clause and its permanent link.
 * Without JavaScript the letter is shown with blanks to fill in by hand. Nothing is sent or stored.
 */
import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { RequestMeta } from '../../../machines/types';
import {
  ADDRESSEE_ROLES,
  composeLetter,
  needsStudentName,
  type Letter,
  type RequestDetails,
} from '../../lib/request-letter';
import type { StepContext } from '../../lib/step-view';
import { addressOf } from '../../lib/urls';

interface Props {
  request: RequestMeta;
  context: StepContext;
  /** Present in the island: the form is live and the letter can be printed or copied. */
  onCopy?: ((text: string) => Promise<boolean>) | undefined;
}

const FIELDS: { name: keyof RequestDetails; label: string; hint?: string }[] = [
  { name: 'requester', label: 'Your name' },
  { name: 'school', label: 'Your school or department' },
  { name: 'addresseeName', label: 'Their name', hint: 'The person you are writing to.' },
  { name: 'studentName', label: "The student's name" },
  {
    name: 'what',
    label: 'What will be posted, shared or created',
    hint: 'For example: photos of the grade 5 science fair.',
  },
  { name: 'where', label: 'Where', hint: 'The site, account or group.' },
  { name: 'howLong', label: 'For how long', hint: 'For example: the 2026–27 school year.' },
];

/** Renders the request form (in the island) and the letter it fills. */
export function RequestLetter({ request, context, onCopy }: Props) {
  const interactive = onCopy !== undefined;
  const [details, setDetails] = useState<RequestDetails>({
    requester: '',
    school: '',
    addressee: request.addressees[0] ?? 'principal',
    addresseeName: '',
    studentName: '',
    what: '',
    where: '',
    howLong: '',
  });
  const [status, setStatus] = useState('');
  const [filled, setFilled] = useState('');
  const letterRef = useRef<HTMLElement>(null);
  const quotes = request.cites.flatMap((id) => {
    const clause = context.clauses[id];
    if (!clause) return [];
    const address = addressOf(clause.href, interactive ? document.baseURI : context.siteUrl);
    return [{ citation: clause.citation, text: clause.text.replace(/\*([^*]+)\*/g, '$1'), address }];
  });
  const date = interactive ? new Date().toLocaleDateString('en-CA', { dateStyle: 'long' }) : '____________________';
  // Its words come with the decision (context.json, from the policy's letters.yaml); the build
  // stops if an outcome asks for a letter the policy does not have.
  const template = context.letters[request.letter];
  if (!template) return null;
  const letter = composeLetter(template, details, quotes, date);
  const fields = FIELDS.filter(
    (field) => field.name !== 'studentName' || needsStudentName(template, details.addressee),
  );

  const print = () => {
    document.body.classList.add('printing-letter');
    addEventListener('afterprint', () => document.body.classList.remove('printing-letter'), { once: true });
    window.print();
  };

  return (
    <section class="outcome__section request" aria-labelledby="request-heading">
      <h2 id="request-heading">Prepare the request</h2>
      <p>
        {interactive
          ? 'Fill in what you know and the letter below fills itself in; leave a box empty to write it by hand. Nothing you type leaves this page: it is not sent or saved.'
          : 'Print this letter and fill in the blanks by hand.'}
      </p>
      {interactive && (
        <form
          class="request-form"
          onSubmit={(event) => {
            // Nothing is sent anywhere: submitting moves to the letter the boxes have filled in.
            event.preventDefault();
            letterRef.current?.focus();
            setFilled('The letter below is filled in with what you typed.');
          }}
        >
          {request.addressees.length > 1 && (
            <fieldset class="fieldset">
              <legend class="fieldset__legend request-form__legend">Who will you ask?</legend>
              <div class="radios">
                {request.addressees.map((addressee) => (
                  <div class="radio" key={addressee}>
                    <input
                      class="radio__input"
                      type="radio"
                      id={`addressee-${addressee}`}
                      name="addressee"
                      checked={details.addressee === addressee}
                      onChange={() => setDetails({ ...details, addressee })}
                    />
                    <label class="radio__label" for={`addressee-${addressee}`}>
                      {ADDRESSEE_ROLES[addressee]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
          {fields.map((field) => (
            <p class="request-form__field" key={field.name}>
              <label for={`request-${field.name}`}>{field.label}</label>
              {field.hint && (
                <span class="hint" id={`request-${field.name}-hint`}>
                  {field.hint}
                </span>
              )}
              <input
                id={`request-${field.name}`}
                type="text"
                autocomplete="off"
                value={details[field.name]}
                aria-describedby={field.hint ? `request-${field.name}-hint` : undefined}
                onInput={(event) => setDetails({ ...details, [field.name]: event.currentTarget.value })}
              />
            </p>
          ))}
          <p class="request-form__submit">
            <button type="submit" class="button button--secondary">
              Fill in the letter
            </button>{' '}
            <span class="copy__status" role="status">
              {filled}
            </span>
          </p>
        </form>
      )}
      <LetterView letter={letter} letterRef={letterRef} />
      {interactive && (
        <p class="copy__buttons">
          <button type="button" class="button" onClick={print}>
            Print the letter
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              void onCopy(letterText(letter)).then((copied) =>
                setStatus(copied ? 'Copied.' : 'Copy failed: select the letter and copy it.'),
              )
            }
          >
            Copy the letter text
          </button>
          <span class="copy__status" role="status">
            {status}
          </span>
        </p>
      )}
    </section>
  );
}

function LetterView({ letter, letterRef }: { letter: Letter; letterRef?: Ref<HTMLElement> }) {
  return (
    <article class="letter" aria-label="The request letter" tabIndex={-1} ref={letterRef ?? null}>
      <p>To: {letter.to}</p>
      <p>
        <strong>{letter.subject}</strong>
      </p>
      {letter.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {letter.quotes.map((quote) => (
        <blockquote key={quote.citation} class="letter__quote">
          <p>“{quote.text}”</p>
          <footer>
            {quote.citation}, {quote.address}
          </footer>
        </blockquote>
      ))}
      <p>Please reply in writing. Thank you.</p>
      {letter.reply.map((line, index) =>
        line === '' ? (
          <br key={index} />
        ) : (
          <p key={index} class="letter__line">
            {line}
          </p>
        ),
      )}
    </article>
  );
}

/** The letter as plain text, for email. */
function letterText(letter: Letter): string {
  return [
    `To: ${letter.to}`,
    '',
    letter.subject,
    '',
    ...letter.paragraphs,
    '',
    ...letter.quotes.flatMap((quote) => [`“${quote.text}”`, `(${quote.citation}, ${quote.address})`, '']),
    'Please reply in writing. Thank you.',
    '',
    ...letter.reply,
  ].join('\n');
}
