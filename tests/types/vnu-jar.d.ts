/** vnu-jar ships no types: its default export is the path of vnu.jar, as a String object. */
declare module 'vnu-jar' {
  const jarPath: { toString(): string };
  export default jarPath;
}
