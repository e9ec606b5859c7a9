/* test_driver.h: the driver's Check suites (one file each). */
#ifndef TEST_DRIVER_H
#define TEST_DRIVER_H
#include <check.h>
Suite *config_suite(void);
Suite *suppress_suite(void);
Suite *emit_suite(void);
/* Writes `text` to a fresh temporary file; returns its malloc'd path. */
char *write_temp(const char *text);
#endif
