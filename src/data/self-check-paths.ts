/** getStaticPaths for the pages of each self-check situation (the question, and one answer page per verdict). */
import { VERDICTS, type Verdict } from '../../machines/verdicts';
import { loadSelfChecks, type SiteSelfCheck, type SiteSelfCheckSituation } from './self-check';

/** A situation's place in its self-check's fixed order: its number, and the one after it. */
export interface SituationPlace {
  check: SiteSelfCheck;
  situation: SiteSelfCheckSituation;
  /** 1 for the first. */
  number: number;
  next: SiteSelfCheckSituation | undefined;
}

function places(check: SiteSelfCheck): SituationPlace[] {
  return check.situations.map((situation, index) => ({
    check,
    situation,
    number: index + 1,
    next: check.situations[index + 1],
  }));
}

/** One page per situation: `/<policy>/check-yourself/<situation>/`. */
export async function situationStaticPaths() {
  return (await loadSelfChecks()).flatMap((check) =>
    places(check).map((place) => ({
      params: { policy: check.policy.slug, situation: place.situation.id },
      // A copy, not the interface itself: Astro's props are a plain record.
      props: { ...place },
    })),
  );
}

/** One page per situation and verdict chosen: `/<policy>/check-yourself/<situation>/<verdict>/`. */
export async function answerStaticPaths() {
  return (await loadSelfChecks()).flatMap((check) =>
    places(check).flatMap((place) =>
      VERDICTS.map((chosen: Verdict) => ({
        params: { policy: check.policy.slug, situation: place.situation.id, verdict: chosen },
        props: { ...place, chosen },
      })),
    ),
  );
}
