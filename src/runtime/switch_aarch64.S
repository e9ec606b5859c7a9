/* switch_aarch64.S: goroutine context switch for AArch64 (AAPCS64).
 * Saves only the callee-saved registers x19-x30, sp and d8-d15; the
 * trampoline starts new goroutines with zero fp/lr (and .cfi_undefined
 * x30) so debuggers and unwinders stop there. */

#if defined(__ARM_FEATURE_BTI_DEFAULT) && __ARM_FEATURE_BTI_DEFAULT
#define CO_BTI_C hint #34
#define CO_BTI_FLAG 1
#else
#define CO_BTI_C
#define CO_BTI_FLAG 0
#endif

    .text

/* void co__mctx_switch(co__mctx *from, co__mctx *to)  from->sp = sp; sp = to->sp */
    .globl  co__mctx_switch
    .hidden co__mctx_switch
    .type   co__mctx_switch, %function
    .p2align 4
co__mctx_switch:
    .cfi_startproc
    CO_BTI_C
    sub     sp, sp, #160
    stp     x19, x20, [sp, #0]
    stp     x21, x22, [sp, #16]
    stp     x23, x24, [sp, #32]
    stp     x25, x26, [sp, #48]
    stp     x27, x28, [sp, #64]
    stp     x29, x30, [sp, #80]
    stp     d8,  d9,  [sp, #96]
    stp     d10, d11, [sp, #112]
    stp     d12, d13, [sp, #128]
    stp     d14, d15, [sp, #144]
    mov     x2, sp
    str     x2, [x0]
    ldr     x2, [x1]
    mov     sp, x2
    ldp     x19, x20, [sp, #0]
    ldp     x21, x22, [sp, #16]
    ldp     x23, x24, [sp, #32]
    ldp     x25, x26, [sp, #48]
    ldp     x27, x28, [sp, #64]
    ldp     x29, x30, [sp, #80]
    ldp     d8,  d9,  [sp, #96]
    ldp     d10, d11, [sp, #112]
    ldp     d12, d13, [sp, #128]
    ldp     d14, d15, [sp, #144]
    add     sp, sp, #160
    ret
    .cfi_endproc
    .size   co__mctx_switch, .-co__mctx_switch

/* First code a new goroutine runs (reached by co__mctx_switch's ret):
 * x19 = entry, x20 = its argument. entry never returns. */
    .globl  co__trampoline
    .hidden co__trampoline
    .type   co__trampoline, %function
    .p2align 4
co__trampoline:
    .cfi_startproc
    .cfi_undefined x30
    CO_BTI_C
    mov     x29, #0
    mov     x30, #0
    mov     x0, x20
    blr     x19
    brk     #0
    .cfi_endproc
    .size   co__trampoline, .-co__trampoline

    .section .note.GNU-stack,"",%progbits

#if CO_BTI_FLAG
/* GNU property note: this object is BTI compatible. */
    .pushsection .note.gnu.property, "a"
    .balign 8
    .long   4
    .long   16
    .long   5
    .asciz  "GNU"
    .long   0xc0000000
    .long   4
    .long   1
    .long   0
    .popsection
#endif
