/* mini-mpq.c of GMP 6.2.1 uses GMP_LIMB_MAX, which only mini-gmp.c defines (upstream builds the
   two as one unit in its tests); this wrapper gives it the same definition. */
#include "mini-gmp.h"
#ifndef GMP_LIMB_MAX
#define GMP_LIMB_MAX ((mp_limb_t) ~ (mp_limb_t) 0)
#endif
#include "mini-mpq.c"
