/* 60 functions in one recursive call cycle, each locking its own global */
#include <co.h>
void f0(void);
void f1(void);
void f2(void);
void f3(void);
void f4(void);
void f5(void);
void f6(void);
void f7(void);
void f8(void);
void f9(void);
void f10(void);
void f11(void);
void f12(void);
void f13(void);
void f14(void);
void f15(void);
void f16(void);
void f17(void);
void f18(void);
void f19(void);
void f20(void);
void f21(void);
void f22(void);
void f23(void);
void f24(void);
void f25(void);
void f26(void);
void f27(void);
void f28(void);
void f29(void);
void f30(void);
void f31(void);
void f32(void);
void f33(void);
void f34(void);
void f35(void);
void f36(void);
void f37(void);
void f38(void);
void f39(void);
void f40(void);
void f41(void);
void f42(void);
void f43(void);
void f44(void);
void f45(void);
void f46(void);
void f47(void);
void f48(void);
void f49(void);
void f50(void);
void f51(void);
void f52(void);
void f53(void);
void f54(void);
void f55(void);
void f56(void);
void f57(void);
void f58(void);
void f59(void);
static co_mutex m0; void f0(void) { co_mutex_lock(&m0); f1(); co_mutex_unlock(&m0); }
static co_mutex m1; void f1(void) { co_mutex_lock(&m1); f2(); co_mutex_unlock(&m1); }
static co_mutex m2; void f2(void) { co_mutex_lock(&m2); f3(); co_mutex_unlock(&m2); }
static co_mutex m3; void f3(void) { co_mutex_lock(&m3); f4(); co_mutex_unlock(&m3); }
static co_mutex m4; void f4(void) { co_mutex_lock(&m4); f5(); co_mutex_unlock(&m4); }
static co_mutex m5; void f5(void) { co_mutex_lock(&m5); f6(); co_mutex_unlock(&m5); }
static co_mutex m6; void f6(void) { co_mutex_lock(&m6); f7(); co_mutex_unlock(&m6); }
static co_mutex m7; void f7(void) { co_mutex_lock(&m7); f8(); co_mutex_unlock(&m7); }
static co_mutex m8; void f8(void) { co_mutex_lock(&m8); f9(); co_mutex_unlock(&m8); }
static co_mutex m9; void f9(void) { co_mutex_lock(&m9); f10(); co_mutex_unlock(&m9); }
static co_mutex m10; void f10(void) { co_mutex_lock(&m10); f11(); co_mutex_unlock(&m10); }
static co_mutex m11; void f11(void) { co_mutex_lock(&m11); f12(); co_mutex_unlock(&m11); }
static co_mutex m12; void f12(void) { co_mutex_lock(&m12); f13(); co_mutex_unlock(&m12); }
static co_mutex m13; void f13(void) { co_mutex_lock(&m13); f14(); co_mutex_unlock(&m13); }
static co_mutex m14; void f14(void) { co_mutex_lock(&m14); f15(); co_mutex_unlock(&m14); }
static co_mutex m15; void f15(void) { co_mutex_lock(&m15); f16(); co_mutex_unlock(&m15); }
static co_mutex m16; void f16(void) { co_mutex_lock(&m16); f17(); co_mutex_unlock(&m16); }
static co_mutex m17; void f17(void) { co_mutex_lock(&m17); f18(); co_mutex_unlock(&m17); }
static co_mutex m18; void f18(void) { co_mutex_lock(&m18); f19(); co_mutex_unlock(&m18); }
static co_mutex m19; void f19(void) { co_mutex_lock(&m19); f20(); co_mutex_unlock(&m19); }
static co_mutex m20; void f20(void) { co_mutex_lock(&m20); f21(); co_mutex_unlock(&m20); }
static co_mutex m21; void f21(void) { co_mutex_lock(&m21); f22(); co_mutex_unlock(&m21); }
static co_mutex m22; void f22(void) { co_mutex_lock(&m22); f23(); co_mutex_unlock(&m22); }
static co_mutex m23; void f23(void) { co_mutex_lock(&m23); f24(); co_mutex_unlock(&m23); }
static co_mutex m24; void f24(void) { co_mutex_lock(&m24); f25(); co_mutex_unlock(&m24); }
static co_mutex m25; void f25(void) { co_mutex_lock(&m25); f26(); co_mutex_unlock(&m25); }
static co_mutex m26; void f26(void) { co_mutex_lock(&m26); f27(); co_mutex_unlock(&m26); }
static co_mutex m27; void f27(void) { co_mutex_lock(&m27); f28(); co_mutex_unlock(&m27); }
static co_mutex m28; void f28(void) { co_mutex_lock(&m28); f29(); co_mutex_unlock(&m28); }
static co_mutex m29; void f29(void) { co_mutex_lock(&m29); f30(); co_mutex_unlock(&m29); }
static co_mutex m30; void f30(void) { co_mutex_lock(&m30); f31(); co_mutex_unlock(&m30); }
static co_mutex m31; void f31(void) { co_mutex_lock(&m31); f32(); co_mutex_unlock(&m31); }
static co_mutex m32; void f32(void) { co_mutex_lock(&m32); f33(); co_mutex_unlock(&m32); }
static co_mutex m33; void f33(void) { co_mutex_lock(&m33); f34(); co_mutex_unlock(&m33); }
static co_mutex m34; void f34(void) { co_mutex_lock(&m34); f35(); co_mutex_unlock(&m34); }
static co_mutex m35; void f35(void) { co_mutex_lock(&m35); f36(); co_mutex_unlock(&m35); }
static co_mutex m36; void f36(void) { co_mutex_lock(&m36); f37(); co_mutex_unlock(&m36); }
static co_mutex m37; void f37(void) { co_mutex_lock(&m37); f38(); co_mutex_unlock(&m37); }
static co_mutex m38; void f38(void) { co_mutex_lock(&m38); f39(); co_mutex_unlock(&m38); }
static co_mutex m39; void f39(void) { co_mutex_lock(&m39); f40(); co_mutex_unlock(&m39); }
static co_mutex m40; void f40(void) { co_mutex_lock(&m40); f41(); co_mutex_unlock(&m40); }
static co_mutex m41; void f41(void) { co_mutex_lock(&m41); f42(); co_mutex_unlock(&m41); }
static co_mutex m42; void f42(void) { co_mutex_lock(&m42); f43(); co_mutex_unlock(&m42); }
static co_mutex m43; void f43(void) { co_mutex_lock(&m43); f44(); co_mutex_unlock(&m43); }
static co_mutex m44; void f44(void) { co_mutex_lock(&m44); f45(); co_mutex_unlock(&m44); }
static co_mutex m45; void f45(void) { co_mutex_lock(&m45); f46(); co_mutex_unlock(&m45); }
static co_mutex m46; void f46(void) { co_mutex_lock(&m46); f47(); co_mutex_unlock(&m46); }
static co_mutex m47; void f47(void) { co_mutex_lock(&m47); f48(); co_mutex_unlock(&m47); }
static co_mutex m48; void f48(void) { co_mutex_lock(&m48); f49(); co_mutex_unlock(&m48); }
static co_mutex m49; void f49(void) { co_mutex_lock(&m49); f50(); co_mutex_unlock(&m49); }
static co_mutex m50; void f50(void) { co_mutex_lock(&m50); f51(); co_mutex_unlock(&m50); }
static co_mutex m51; void f51(void) { co_mutex_lock(&m51); f52(); co_mutex_unlock(&m51); }
static co_mutex m52; void f52(void) { co_mutex_lock(&m52); f53(); co_mutex_unlock(&m52); }
static co_mutex m53; void f53(void) { co_mutex_lock(&m53); f54(); co_mutex_unlock(&m53); }
static co_mutex m54; void f54(void) { co_mutex_lock(&m54); f55(); co_mutex_unlock(&m54); }
static co_mutex m55; void f55(void) { co_mutex_lock(&m55); f56(); co_mutex_unlock(&m55); }
static co_mutex m56; void f56(void) { co_mutex_lock(&m56); f57(); co_mutex_unlock(&m56); }
static co_mutex m57; void f57(void) { co_mutex_lock(&m57); f58(); co_mutex_unlock(&m57); }
static co_mutex m58; void f58(void) { co_mutex_lock(&m58); f59(); co_mutex_unlock(&m58); }
static co_mutex m59; void f59(void) { co_mutex_lock(&m59); f0(); co_mutex_unlock(&m59); }
