/* source.c: source text for the driver's own needs (snippets, suppression
 * comments, UTF-16 columns, fingerprints). Files are read whole, once per
 * cache; binary content and huge lines are fine (lengths, not C strings). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "driver/driver.h"

source_file *source_read(const char *path) {
    source_file *f = calloc(1, sizeof *f);
    if (!f) abort();
    f->path = path;
    FILE *in = path ? fopen(path, "rb") : NULL;
    if (!in) return f;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (len + 1 >= cap) { cap *= 2; buf = realloc(buf, cap); if (!buf) abort(); }
        size_t got = fread(buf + len, 1, cap - len - 1, in);
        if (got == 0) break;
        len += got;
    }
    bool failed = ferror(in);
    fclose(in);
    if (failed) { free(buf); return f; }
    buf[len] = '\0';
    f->text = buf;
    f->len = len;
    f->ok = true;
    size_t n = 1;
    for (size_t i = 0; i < len; i++) if (buf[i] == '\n') n++;
    f->line_start = malloc(n * sizeof *f->line_start);
    if (!f->line_start) abort();
    f->line_start[0] = 0;
    f->nlines = 1;
    for (size_t i = 0; i < len; i++) if (buf[i] == '\n') f->line_start[f->nlines++] = i + 1;
    return f;
}

void source_file_free(source_file *f) {
    if (!f) return;
    free(f->text);
    free(f->line_start);
    free(f);
}

bool source_line(const source_file *f, uint32_t line, const char **start, size_t *len) {
    if (!f || !f->ok || line == 0 || line > f->nlines) return false;
    size_t b = f->line_start[line - 1];
    size_t e = line < f->nlines ? f->line_start[line] - 1 : f->len;
    if (e > b && f->text[e - 1] == '\r') e--;
    if (line == f->nlines && b == f->len && line > 1) return false; /* after the final newline */
    *start = f->text + b;
    *len = e - b;
    return true;
}

/* Length of the UTF-8 sequence starting at s (max n bytes), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n, uint32_t *cp) {
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    size_t len;
    uint32_t c;
    if ((s[0] & 0xE0) == 0xC0) { len = 2; c = s[0] & 0x1F; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; c = s[0] & 0x0F; }
    else if ((s[0] & 0xF8) == 0xF0) { len = 4; c = s[0] & 0x07; }
    else return 0;
    if (len > n) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) || (len == 4 && c < 0x10000) || c > 0x10FFFF ||
        (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

uint32_t utf16_column(const char *line, size_t len, uint32_t byte_col) {
    if (byte_col <= 1) return byte_col;
    size_t stop = byte_col - 1;          /* bytes before the column */
    uint32_t units = 0;
    size_t i = 0;
    while (i < stop) {
        if (i >= len) { units += (uint32_t)(stop - i); break; }  /* past the end: 1 per byte */
        uint32_t cp;
        size_t n = utf8_seq((const unsigned char *)line + i, len - i, &cp);
        if (n == 0) { units++; i++; continue; }
        units += cp >= 0x10000 ? 2 : 1;
        i += n;
    }
    return units + 1;
}

/* ---- The cache (single-threaded users: the emitters, one worker) ---------- */
struct source_cache { source_file **files; size_t n, cap; };

source_cache *source_cache_new(void) {
    source_cache *c = calloc(1, sizeof *c);
    if (!c) abort();
    return c;
}

void source_cache_free(source_cache *c) {
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) source_file_free(c->files[i]);
    free(c->files);
    free(c);
}

const source_file *source_get(source_cache *c, const char *path) {
    for (size_t i = 0; i < c->n; i++)
        if (c->files[i]->path == path || (path && c->files[i]->path && strcmp(c->files[i]->path, path) == 0))
            return c->files[i];
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->files = realloc(c->files, c->cap * sizeof *c->files);
        if (!c->files) abort();
    }
    source_file *f = source_read(path);
    f->path = path ? diag_intern_path(path) : NULL;
    c->files[c->n++] = f;
    return f;
}

char *utf8_sanitize(const char *s) {
    if (!s) s = "";
    size_t n = strlen(s);
    char *out = malloc(n * 3 + 1), *w = out;
    if (!out) abort();
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_seq((const unsigned char *)s + i, n - i, &cp);
        if (k == 0) { memcpy(w, "\xEF\xBF\xBD", 3); w += 3; i++; continue; }  /* U+FFFD */
        memcpy(w, s + i, k);
        w += k;
        i += k;
    }
    *w = '\0';
    return out;
}
