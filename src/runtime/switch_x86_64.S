/* switch_x86_64.S: goroutine context switch for x86-64 (System V ABI).
 * Saves only the callee-saved registers (rbx, rbp, r12-r15) and rsp; the
 * trampoline starts new goroutines with a zero frame pointer and an
 * undefined return address, so debuggers and unwinders stop there. */

    .text

/* void co__mctx_switch(co__mctx *from, co__mctx *to)   from->sp = rsp; rsp = to->sp */
    .globl  co__mctx_switch
    .hidden co__mctx_switch
    .type   co__mctx_switch, @function
    .p2align 4
co__mctx_switch:
    .cfi_startproc
    pushq   %rbp
    pushq   %rbx
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
    movq    %rsp, (%rdi)
    movq    (%rsi), %rsp
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %rbx
    popq    %rbp
    ret
    .cfi_endproc
    .size   co__mctx_switch, .-co__mctx_switch

/* First code a new goroutine runs (reached by co__mctx_switch's ret):
 * r12 = entry, r13 = its argument. entry never returns. */
    .globl  co__trampoline
    .hidden co__trampoline
    .type   co__trampoline, @function
    .p2align 4
co__trampoline:
    .cfi_startproc
    .cfi_undefined rip
    xorl    %ebp, %ebp
    movq    %r13, %rdi
    callq   *%r12
    ud2
    .cfi_endproc
    .size   co__trampoline, .-co__trampoline

    .section .note.GNU-stack,"",@progbits
