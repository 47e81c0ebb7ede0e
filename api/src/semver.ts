/** A parsed `major.minor.patch[-prerelease]`; build metadata (`+…`) is ignored, as semver says. */
interface Version {
  readonly core: readonly [number, number, number];
  readonly prerelease: readonly string[];
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses a semantic version; `undefined` when the text is not one. */
export function parseVersion(text: string): Version | undefined {
  const match = SEMVER.exec(typeof text === 'string' ? text.trim() : '');
  if (!match) return undefined;
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

/** Semver precedence: negative when `a` < `b`, 0 when equal, positive when `a` > `b`. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) {
    const difference = a.core[i] - b.core[i];
    if (difference !== 0) return difference;
  }
  // A pre-release comes before its release: 1.2.0-beta.1 < 1.2.0.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length;
  }
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const difference = comparePrereleasePart(a.prerelease[i], b.prerelease[i]);
    if (difference !== 0) return difference;
  }
  return a.prerelease.length - b.prerelease.length;
}

/** Numeric identifiers compare as numbers and come before alphanumeric ones, which compare as text. */
function comparePrereleasePart(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  if (numeric.test(a)) return -1;
  if (numeric.test(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
