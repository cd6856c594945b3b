/** Types for natural's string-distance submodules (the package root pulls in database clients). */
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const Distance: {
    /** Edit distance counting insertions, deletions, substitutions and transpositions. */
    DamerauLevenshteinDistance(source: string, target: string): number;
  };
  export default Distance;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity between two strings, from 0 (nothing alike) to 1 (equal). */
  function JaroWinklerDistance(a: string, b: string): number;
  export default JaroWinklerDistance;
}
