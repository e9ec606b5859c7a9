/* rt_test.c: helpers shared by the runtime tests (see rt_test.h). */
#include "rt_test.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void rt_child(void (*fn)(void *), void *arg, const char *const *env,
              unsigned timeout_s, rt_child_result *r) {
    int fds[2];
    memset(r, 0, sizeof *r);
    ck_assert_int_eq(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        close(fds[1]);
        for (const char *const *e = env; e && *e; e++) putenv((char *)*e);
        signal(SIGABRT, SIG_DFL);
        alarm(timeout_s ? timeout_s : 10);
        _exit(co_main(fn, arg));
    }
    close(fds[1]);
    size_t used = 0;
    for (;;) {
        char tmp[4096];
        ssize_t n = read(fds[0], tmp, sizeof tmp);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        size_t room = sizeof r->err - 1 - used;
        size_t take = (size_t)n < room ? (size_t)n : room;
        memcpy(r->err + used, tmp, take);
        used += take;
    }
    r->err[used] = '\0';
    close(fds[0]);
    while (waitpid(pid, &r->status, 0) < 0 && errno == EINTR) {}
}

bool rt_child_aborted(const rt_child_result *r) {
    return WIFSIGNALED(r->status) && WTERMSIG(r->status) == SIGABRT;
}

int rt_child_exit_code(const rt_child_result *r) {
    return WIFEXITED(r->status) ? WEXITSTATUS(r->status) : -1;
}

int rt_procs(void) {
    const char *p = getenv("CO_PROCS");
    if (p && atoi(p) > 0) return atoi(p);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

long rt_scaled(long n) {
    const char *s = getenv("STRESS_SCALE");
    double f = s ? atof(s) : 1.0;
    if (f <= 0) f = 1.0;
    long v = (long)((double)n * f);
    return v < 1 ? 1 : v;
}

double rt_slowdown(void) {
    const char *m = getenv("CK_TIMEOUT_MULTIPLIER");
    double f = m ? atof(m) : 1.0;
    return f >= 1.0 ? f : 1.0;
}
