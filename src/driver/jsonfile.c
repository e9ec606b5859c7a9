/* jsonfile.c: what the two JSON readers (config.c, compdb.c) share: an
 * error message written into the caller's buffer, and the line cJSON
 * stopped at, for "FILE:LINE: not valid JSON". */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>

#include "driver/driver.h"

bool errbuf_fail(char *err, size_t errlen, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return false;
}

unsigned json_error_line(const char *text) {
    const char *where = cJSON_GetErrorPtr();
    unsigned line = 1;
    for (const char *p = text; where && p < where && *p; p++)
        if (*p == '\n') line++;
    return line;
}
