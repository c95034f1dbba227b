#ifndef DOCKET_CLIBXML2_SHIM_H
#define DOCKET_CLIBXML2_SHIM_H

/* libxml2 as Docket uses it: the push SAX2 parser, the HTML parser, URIs.
 *
 * Debian builds libxml2 with ICU; its headers then include <unicode/ucnv.h>,
 * whose types clash with Foundation's own ICU. Docket never uses libxml2's
 * ICU entry points, so the flag is dropped before any other header is read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlsave.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared
 * mutable state; this wrapper is a plain function. */
static inline void docket_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
