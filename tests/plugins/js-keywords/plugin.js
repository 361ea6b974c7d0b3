let terms = [];
const utf8 = new TextEncoder();

export const plugin = {
  describe() {
    return {
      name: "js-keywords",
      version: "0.1.0",
      description: "Tags configured terms as KEYWORD entities (written in JavaScript)",
      kind: "transform",
      config: [{ name: "terms", typeName: "list of strings", defaultValue: undefined, description: "terms to tag" }],
    };
  },
  configure(configJson) {
    const config = JSON.parse(configJson);
    if (!Array.isArray(config.terms)) {
      throw { kind: "invalid-config", message: "`terms` must be a list of strings" };
    }
    terms = config.terms;
  },
  process(doc) {
    for (const term of terms) {
      for (let at = doc.text.indexOf(term); at >= 0; at = doc.text.indexOf(term, at + term.length)) {
        // The contract counts UTF-8 bytes.
        const start = utf8.encode(doc.text.slice(0, at)).length;
        doc.entities.push({ label: "KEYWORD", start, end: start + utf8.encode(term).length, attributes: [["term", term]] });
      }
    }
    return { document: doc, artifacts: [] };
  },
};
