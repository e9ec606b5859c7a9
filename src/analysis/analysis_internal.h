/* analysis_internal.h: the analysis context shared by the files in src/analysis. */
#ifndef CVET_ANALYSIS_INTERNAL_H
#define CVET_ANALYSIS_INTERNAL_H

#include "analysis.h"

struct analysis {
    ir_tu *tu;
    /* call graph (callgraph.c), built on first query */
    cg_node *nodes;
    uint32_t *bottom_up;
    uint32_t nbottom_up;
    bool *may_spawn;
    bool *prespawn_ctx;
    uint64_t **after_spawn;   /* per function: a bit per event */
    /* summaries (summary.c), built on first query */
    fn_summary *sums;
};

void summaries_free(analysis *an);

#endif
