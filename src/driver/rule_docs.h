/* rule_docs.h: the rule documentation pages (docs/rules/<id>.md), embedded
 * into the binary at build time by embed_docs.py. */
#ifndef CVET_RULE_DOCS_H
#define CVET_RULE_DOCS_H

/* The Markdown page of rule `id`, or NULL when it has none. */
const char *rule_doc(const char *id);

#endif
