/**
 * The time zones a learner can pick: every IANA zone this runtime knows, plus "UTC" (the
 * default, which `Intl.supportedValuesOf` leaves out) and the learner's current zone (an
 * alias such as "Asia/Calcutta" may be missing from the canonical list). Without those two a
 * learner who left UTC could never choose it again, and the select would show the wrong zone.
 */
export function timeZoneOptions(current: string, supported: readonly string[] = Intl.supportedValuesOf("timeZone")) {
  const rest = supported.filter((z) => z !== "UTC" && z !== current);
  return [...new Set(["UTC", current])].concat(rest);
}
