/* main.c: cvet's command line. Parses options, loads the config, picks the
 * rules and the files, runs the analysis and prints the findings.
 * Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or
 * configuration error, 3 some file could not be analysed (takes precedence
 * over 1; the other files are still analysed and reported). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend.h"
#include "driver/driver.h"
#include "driver/rule_docs.h"
#include "driver/cvet_build.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INCOMPLETE = 3 };

typedef enum out_format { FMT_TEXT, FMT_GCC, FMT_JSON, FMT_SARIF } out_format;

typedef struct sel_op { bool enable; const char *spec; } sel_op;

typedef struct cli {
    out_format format;
    const char *output;
    const char *config;
    const char *compdb;
    const char *explain;
    diag_level fail_on;       /* LEVEL_NONE = never */
    unsigned jobs;
    bool list_rules, version, help, dump_ir;
    sel_op *ops; size_t nops;
    const char **paths; size_t npaths;
    const char **compiler_args; size_t ncompiler_args;
} cli;

static void usage(FILE *out) {
    fputs("usage: cvet [OPTIONS] [PATH...] [-- COMPILER-ARGS...]\n"
          "\n"
          "Finds concurrency bugs in C programs written against libcort (co.h).\n"
          "PATHs are .c files or directories (searched for *.c, skipping hidden and\n"
          "build directories); default: the current directory.\n"
          "\n"
          "Options:\n"
          "  -p DIR|FILE            read compile_commands.json (DIR/compile_commands.json or FILE);\n"
          "                         analyse its files (only those under PATHs when given)\n"
          "  --format FORMAT        text (default), gcc, json or sarif\n"
          "  -o FILE                write the findings to FILE instead of stdout\n"
          "  --enable RULES         enable rules (comma-separated ids or globs)\n"
          "  --disable RULES        disable rules; --enable/--disable apply in order,\n"
          "                         after the defaults and the config file\n"
          "  --list-rules           list the rules and whether they are enabled\n"
          "  --explain RULE         print a rule's documentation\n"
          "  --fail-on LEVEL        exit 1 on findings at or above error|warning|note,\n"
          "                         or never (default: warning)\n"
          "  -j N                   analyse N files in parallel (default: online CPUs)\n"
          "  --config FILE          use FILE instead of the .cvet.json found by walking up\n"
          "                         from the current directory\n"
          "  --dump-ir              print the IR of each file (for debugging); runs no rules\n"
          "  --version              print cvet's and libclang's versions\n"
          "  -h, --help             print this help\n"
          "\n"
          "Arguments after -- go to the parser for every file (-I, -D, -std, ...).\n"
          "Suppress a finding with `// cvet:ignore RULE-ID reason` on its line or the\n"
          "line above, or `// cvet:ignore-file RULE-ID reason` anywhere in the file.\n"
          "\n"
          "Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or\n"
          "configuration error, 3 some file could not be analysed.\n", out);
}

static int usage_error(const char *fmt, const char *arg) {
    fputs("cvet: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\ncvet: try 'cvet --help'\n", stderr);
    return EXIT_USAGE;
}

/* Matches `--name VALUE`, `--name=VALUE` and (for one-letter options)
 * `-xVALUE`; *i advances past a separate value. */
static int option_value(int argc, char **argv, int *i, const char *name, const char **value) {
    const char *a = argv[*i];
    size_t nl = strlen(name);
    if (strncmp(a, name, nl) != 0) return 0;
    if (a[nl] == '\0') {
        if (*i + 1 >= argc) return -1;
        *value = argv[++*i];
        return 1;
    }
    if (a[nl] == '=' && name[1] == '-') { *value = a + nl + 1; return 1; }
    if (name[1] != '-' && name[2] == '\0') { *value = a + nl; return 1; }  /* -j4, -ofile */
    return 0;
}

static int parse_cli(int argc, char **argv, cli *c) {
    c->format = FMT_TEXT;
    c->fail_on = LEVEL_WARNING;
    c->ops = calloc((size_t)argc + 1, sizeof *c->ops);
    c->paths = calloc((size_t)argc + 1, sizeof *c->paths);
    c->compiler_args = calloc((size_t)argc + 1, sizeof *c->compiler_args);
    if (!c->ops || !c->paths || !c->compiler_args) abort();
    static const char *const valued[] = { "--format", "-o", "--output", "--enable", "--disable", "--explain",
                                          "--fail-on", "-j", "--jobs", "--config", "-p", NULL };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            for (i++; i < argc; i++) c->compiler_args[c->ncompiler_args++] = argv[i];
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { c->help = true; continue; }
        if (strcmp(a, "--version") == 0) { c->version = true; continue; }
        if (strcmp(a, "--list-rules") == 0) { c->list_rules = true; continue; }
        if (strcmp(a, "--dump-ir") == 0) { c->dump_ir = true; continue; }
        if (a[0] != '-' || strcmp(a, "-") == 0) { c->paths[c->npaths++] = a; continue; }
        const char *v = NULL;
        int got = 0;
        size_t k;
        for (k = 0; valued[k]; k++) {
            got = option_value(argc, argv, &i, valued[k], &v);
            if (got) break;
        }
        if (got < 0) return usage_error("option '%s' needs a value", a);
        if (!got) return usage_error("unknown option '%s'", a);
        const char *name = valued[k];
        if (strcmp(name, "--format") == 0) {
            if (strcmp(v, "text") == 0) c->format = FMT_TEXT;
            else if (strcmp(v, "gcc") == 0) c->format = FMT_GCC;
            else if (strcmp(v, "json") == 0) c->format = FMT_JSON;
            else if (strcmp(v, "sarif") == 0) c->format = FMT_SARIF;
            else return usage_error("unknown format '%s' (expected text, gcc, json or sarif)", v);
        } else if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0) {
            c->output = v;
        } else if (strcmp(name, "--enable") == 0 || strcmp(name, "--disable") == 0) {
            c->ops[c->nops].enable = name[2] == 'e';
            c->ops[c->nops++].spec = v;
        } else if (strcmp(name, "--explain") == 0) {
            c->explain = v;
        } else if (strcmp(name, "--fail-on") == 0) {
            if (strcmp(v, "never") == 0) c->fail_on = LEVEL_NONE;
            else if (!diag_level_parse(v, &c->fail_on) || c->fail_on == LEVEL_NONE)
                return usage_error("unknown --fail-on level '%s' (expected error, warning, note or never)", v);
        } else if (strcmp(name, "-j") == 0 || strcmp(name, "--jobs") == 0) {
            char *end;
            long n = strtol(v, &end, 10);
            if (*v == '\0' || *end || n < 1 || n > 1024) return usage_error("-j expects a number from 1 to 1024, got '%s'", v);
            c->jobs = (unsigned)n;
        } else if (strcmp(name, "--config") == 0) {
            c->config = v;
        } else if (strcmp(name, "-p") == 0) {
            c->compdb = v;
        }
    }
    return -1;
}

/* co.h: the source tree's copy when this binary runs from its build
 * directory (or nothing is installed), else the installed one. */
static const char *find_co_dir(void) {
    char exe[PATH_MAX], build[PATH_MAX], probe[PATH_MAX + 8];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        if (realpath(CVET_BUILD_DIR, build) && strcmp(build, exe) == 0) return CVET_SOURCE_RUNTIME_DIR;
    }
    snprintf(probe, sizeof probe, "%s/co.h", CVET_INSTALL_INCLUDE_DIR);
    if (access(probe, R_OK) != 0) return CVET_SOURCE_RUNTIME_DIR;
    return CVET_INSTALL_INCLUDE_DIR;
}

static void list_rules(const rule_selection *sel) {
    size_t w = 0;
    for (size_t i = 0; i < sel->n; i++) if (strlen(sel->rules[i]->id) > w) w = strlen(sel->rules[i]->id);
    for (size_t i = 0; i < sel->n; i++) {
        const rule *r = sel->rules[i];
        printf("%-*s  %-7s  %s\n", (int)w, r->id, selection_runs(sel, i) ? diag_level_name(sel->level[i]) : "off",
               r->short_desc ? r->short_desc : "");
    }
}

static int explain(const char *id) {
    const rule *r = rule_find(id);
    const char *doc = rule_doc(id);
    if (!r && !doc) return usage_error("unknown rule '%s' (see cvet --list-rules)", id);
    if (doc) {
        fputs(doc, stdout);
        if (*doc && doc[strlen(doc) - 1] != '\n') fputc('\n', stdout);
    } else {
        printf("%s: %s\n\n%s\n\nDefault level: %s\n", r->id, r->short_desc ? r->short_desc : "",
               r->full_desc ? r->full_desc : "", diag_level_name(r->default_level));
    }
    return EXIT_CLEAN;
}

static bool path_under(const char *file, const char *dir) {
    size_t dl = strlen(dir);
    if (strcmp(dir, "/") == 0) return true;
    return strncmp(file, dir, dl) == 0 && (file[dl] == '/' || file[dl] == '\0');
}

static char **copy_args(char *const *args, size_t n) {
    char **out = calloc(n + 1, sizeof *out);
    if (!out) abort();
    for (size_t i = 0; i < n; i++) out[i] = strdup(args[i]);
    return out;
}

/* Is a compile_commands.json entry C? Its `-x LANG` if it has one, else its
 * extension (.c, .h; `.C` is C++ to compilers). Assembler and C++ entries
 * are skipped, and said so. */
static bool compdb_entry_is_c(const compdb_entry *e) {
    for (size_t i = 0; i < e->nargs; i++) {
        const char *lang = NULL;
        if (strcmp(e->args[i], "-x") == 0 && i + 1 < e->nargs) lang = e->args[i + 1];
        else if (strncmp(e->args[i], "-x", 2) == 0 && e->args[i][2]) lang = e->args[i] + 2;
        if (lang) return strcmp(lang, "c") == 0 || strcmp(lang, "c-header") == 0;
    }
    const char *dot = strrchr(e->file, '.');
    return dot && (strcmp(dot, ".c") == 0 || strcmp(dot, ".h") == 0);
}

/* The compile_commands.json entries to analyse: all, or those under PATHs. */
static int collect_compdb(const cli *c, const cvet_config *cfg, input_list *inputs, diag_list *notes) {
    compdb db;
    char err[1024];
    if (!compdb_load(c->compdb, &db, err, sizeof err)) {
        fprintf(stderr, "cvet: error: %s\n", err);
        return EXIT_USAGE;
    }
    char **reals = calloc(c->npaths + 1, sizeof *reals);
    char skipped[3 * PATH_MAX + 8] = "";
    size_t nskipped = 0;
    for (size_t p = 0; p < c->npaths; p++) {
        char real[PATH_MAX];
        if (!realpath(c->paths[p], real)) {
            src_loc loc = { .file = c->paths[p] };
            diag_list_note(notes, LEVEL_ERROR, loc, "cannot open: %s", strerror(errno));
            continue;
        }
        reals[p] = strdup(real);
    }
    for (size_t i = 0; i < db.n; i++) {
        compdb_entry *e = &db.items[i];
        bool wanted = c->npaths == 0;
        for (size_t p = 0; p < c->npaths && !wanted; p++) wanted = reals[p] && path_under(e->file, reals[p]);
        if (!wanted || inputs_excluded(cfg, e->file)) continue;
        if (!compdb_entry_is_c(e)) {
            if (nskipped++ < 3) {
                size_t used = strlen(skipped);
                snprintf(skipped + used, sizeof skipped - used, "%s%s", used ? ", " : "", e->file);
            }
            continue;
        }
        bool dup = false;
        for (size_t k = 0; k < inputs->n && !dup; k++) dup = strcmp(inputs->items[k].path, e->file) == 0;
        if (dup) continue;
        if (inputs->n == inputs->cap) {
            inputs->cap = inputs->cap ? inputs->cap * 2 : 32;
            inputs->items = realloc(inputs->items, inputs->cap * sizeof *inputs->items);
        }
        input_file *in = &inputs->items[inputs->n++];
        in->path = strdup(e->file);
        in->args = copy_args(e->args, e->nargs);
        in->nargs = e->nargs;
        in->workdir = strdup(e->directory);
    }
    if (nskipped) {
        src_loc loc = { .file = db.path };
        diag_list_note(notes, LEVEL_NOTE, loc, "skipped %zu entr%s that %s not C (cvet analyses C): %s%s", nskipped,
                       nskipped == 1 ? "y" : "ies", nskipped == 1 ? "is" : "are", skipped, nskipped > 3 ? ", ..." : "");
    }
    /* A named file the database does not know: analysed with default arguments. */
    for (size_t p = 0; p < c->npaths; p++) {
        struct stat st;
        if (!reals[p] || stat(reals[p], &st) != 0 || !S_ISREG(st.st_mode)) continue;
        bool found = false;
        for (size_t k = 0; k < inputs->n && !found; k++) found = strcmp(inputs->items[k].path, reals[p]) == 0;
        if (!found) {
            src_loc loc = { .file = c->paths[p] };
            diag_list_note(notes, LEVEL_NOTE, loc, "not in %s; analysed with default arguments", db.path);
            inputs_collect(c->paths[p], cfg, inputs, notes);
        }
    }
    for (size_t p = 0; p < c->npaths; p++) free(reals[p]);
    free(reals);
    compdb_free(&db);
    return EXIT_CLEAN;
}

/* A config's relative -I/-isystem/-iquote directories are relative to the
 * config file's directory (they are written once for the whole tree). */
static const char *config_arg(const cvet_config *cf, const char *arg) {
    static const char *const prefixes[] = { "-I", "-isystem", "-iquote", "-idirafter", NULL };
    if (!cf->dir || strcmp(cf->dir, ".") == 0) return arg;
    for (size_t i = 0; prefixes[i]; i++) {
        size_t pl = strlen(prefixes[i]);
        if (strncmp(arg, prefixes[i], pl) != 0 || !arg[pl] || arg[pl] == '/') continue;
        char *joined = NULL;
        if (asprintf(&joined, "%s%s/%s", prefixes[i], cf->dir, arg + pl) < 0) return arg;
        return joined;   /* lives until exit */
    }
    return arg;
}

static bool colour_allowed(FILE *f) {
    const char *no = getenv("NO_COLOR");
    return isatty(fileno(f)) && !(no && *no);
}

/* Process-lifetime state lives in static storage, so early exits (usage
 * errors) leave nothing unreachable behind for LeakSanitizer. */
static cli c;
static cvet_config cfg;
static rule_selection sel;
static diag_list result;
static input_list inputs;

int main(int argc, char **argv) {
    int rc = parse_cli(argc, argv, &c);
    if (rc >= 0) return rc;
    if (c.help) { usage(stdout); return EXIT_CLEAN; }
    if (c.version) {
        printf("cvet %s\nlibclang: %s\n", CVET_VERSION, frontend_clang_version());
        return EXIT_CLEAN;
    }
    size_t nrules;
    rule_registry(&nrules);     /* built once, before any thread starts */
    if (c.explain) return explain(c.explain);

    /* Config: --config FILE, else .cvet.json up from the current directory. */
    char err[1024];
    char *cfg_path = c.config ? strdup(c.config) : config_find();
    bool cfg_ok = !cfg_path || config_load(cfg_path, &cfg, err, sizeof err);
    free(cfg_path);
    if (!cfg_ok) {
        fprintf(stderr, "cvet: error: %s\n", err);
        return EXIT_USAGE;
    }

    /* Rules: defaults, then the config's levels, disable, enable, then the
     * command line's --enable/--disable in order. */
    selection_init(&sel);
    for (size_t i = 0; i < cfg.nlevels; i++)
        if (!selection_set_level(&sel, cfg.level_ids[i], cfg.levels[i], err, sizeof err)) {
            fprintf(stderr, "cvet: error: %s: key \"levels\": %s\n", cfg.path, err);
            return EXIT_USAGE;
        }
    for (int pass = 0; pass < 2; pass++) {
        char **specs = pass == 0 ? cfg.disable : cfg.enable;
        size_t n = pass == 0 ? cfg.ndisable : cfg.nenable;
        for (size_t i = 0; i < n; i++)
            if (!selection_apply(&sel, specs[i], pass == 1, err, sizeof err)) {
                fprintf(stderr, "cvet: error: %s: key \"%s\": %s\n", cfg.path, pass ? "enable" : "disable", err);
                return EXIT_USAGE;
            }
    }
    for (size_t i = 0; i < c.nops; i++)
        if (!selection_apply(&sel, c.ops[i].spec, c.ops[i].enable, err, sizeof err)) {
            fprintf(stderr, "cvet: error: %s\n", err);
            return EXIT_USAGE;
        }
    if (c.list_rules) { list_rules(&sel); return EXIT_CLEAN; }

    /* Files. */
    if (c.compdb) {
        rc = collect_compdb(&c, &cfg, &inputs, &result);
        if (rc != EXIT_CLEAN) return rc;
    } else {
        if (c.npaths == 0) c.paths[c.npaths++] = ".";
        for (size_t p = 0; p < c.npaths; p++) inputs_collect(c.paths[p], &cfg, &inputs, &result);
    }

    inputs_dedupe(&inputs);
    if (inputs.n == 0 && result.nnotes == 0) {
        src_loc none = { .file = c.npaths ? c.paths[0] : c.compdb };
        diag_list_note(&result, LEVEL_WARNING, none, "no C files to analyse");
    }

    FILE *out = stdout;
    if (c.output && !(out = fopen(c.output, "w"))) {
        fprintf(stderr, "cvet: error: cannot write '%s': %s\n", c.output, strerror(errno));
        return EXIT_USAGE;
    }

    static const char **extra;
    extra = calloc(cfg.ncompiler_args + c.ncompiler_args + 1, sizeof *extra);
    size_t nextra = 0;
    for (size_t i = 0; i < cfg.ncompiler_args; i++) extra[nextra++] = config_arg(&cfg, cfg.compiler_args[i]);
    for (size_t i = 0; i < c.ncompiler_args; i++) extra[nextra++] = c.compiler_args[i];

    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    run_opts ro = {
        .inputs = &inputs, .sel = &sel, .co_dir = find_co_dir(), .extra_args = extra, .nextra = nextra,
        .jobs = c.jobs ? c.jobs : (unsigned)(cpus > 0 ? cpus : 1),
        .progress = isatty(2) && inputs.n > 5 && !c.dump_ir,
        .dump_ir = c.dump_ir ? out : NULL,
    };
    static diag_list found;
    size_t nfailed = 0;
    run_analysis(&ro, &found, &nfailed);
    diag_list_append(&result, &found);
    diag_list_sort(&result);

    char cwd[PATH_MAX], srcroot[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || !realpath(cwd, srcroot)) strcpy(srcroot, "/");
    static source_cache *src;
    src = source_cache_new();
    emit_opts eo = {
        .sel = &sel, .src = src, .srcroot = srcroot, .version = CVET_VERSION,
        .files_total = inputs.n, .files_failed = nfailed,
        .snippets = c.format == FMT_TEXT, .colour = c.format == FMT_TEXT && colour_allowed(out),
    };
    if (c.dump_ir || c.format == FMT_TEXT || c.format == FMT_GCC) emit_notes_text(stderr, &result, colour_allowed(stderr));
    if (!c.dump_ir) {
        switch (c.format) {
        case FMT_TEXT: case FMT_GCC: emit_text(out, &result, &eo); break;
        case FMT_JSON: emit_json(out, &result, &eo); break;
        case FMT_SARIF: emit_sarif(out, &result, &eo); break;
        }
    }
    bool write_failed = fflush(out) != 0 || ferror(out);
    if (out != stdout && fclose(out) != 0) write_failed = true;
    if (write_failed) {
        fprintf(stderr, "cvet: error: writing the output failed: %s\n", strerror(errno));
        return EXIT_USAGE;
    }

    bool incomplete = nfailed > 0;
    for (size_t i = 0; i < result.nnotes; i++) incomplete |= result.notes[i].level == LEVEL_ERROR;
    bool findings = false;
    for (size_t i = 0; i < result.n && c.fail_on != LEVEL_NONE; i++)
        findings |= !result.items[i].suppressed && result.items[i].level >= c.fail_on;
    rc = incomplete ? EXIT_INCOMPLETE : findings ? EXIT_FINDINGS : EXIT_CLEAN;

    source_cache_free(src);
    diag_list_free(&result);
    inputs_free(&inputs);
    selection_free(&sel);
    config_free(&cfg);
    /* extra (and the config -I paths joined into it) stays reachable until exit */
    free(c.ops); free(c.paths); free(c.compiler_args);
    return rc;
}
