/** Types for the one `natural` submodule the classifier loads (the package root pulls in database clients). */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  /** natural's English Porter stemmer. */
  const PorterStemmer: {
    /** Stems one lowercase token. */
    stem(token: string): string;
  };
  export default PorterStemmer;
}
