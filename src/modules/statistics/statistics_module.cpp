// The _statistics module: _normal_dist_inv_cdf(p, mu, sigma), the quantile function of a normal
// distribution that statistics.NormalDist.inv_cdf calls once per quantile. lib/statistics.py keeps
// its own Python version and takes this one when the module imports (as CPython's statistics does),
// so the two must agree bit for bit: both evaluate Wichura's AS 241 (PPND16) in the same order.
// CPython counterpart: Modules/_statisticsmodule.c (behaviour only).

#include <cmath>

#include "modules/builtins_args.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/module.h"

namespace pygen {

Object* make_statistics_module();

namespace {

// Horner's rule over eight coefficients, highest degree first.
double poly8(const double (&c)[8], double r) {
    double acc = c[0];
    for (int i = 1; i < 8; i++) acc = acc * r + c[i];
    return acc;
}

// AS 241's published coefficients: central region |p - 0.5| <= 0.425, then the tails split at a
// distance r = sqrt(-log(tail probability)) of 5.
const double kCentralNum[8] = {2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                               4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                               1.3314166789178437745e+2, 3.3871328727963666080e+0};
const double kCentralDen[8] = {5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                               2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                               4.2313330701600911252e+1, 1.0};
const double kNearNum[8] = {7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
                            1.2704582524523683826e+0, 3.6478483247632045605e+0, 5.7694972214606914055e+0,
                            4.6303378461565452959e+0, 1.4234371107496835773e+0};
const double kNearDen[8] = {1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
                            1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
                            2.0531916266377588219e+0, 1.0};
const double kFarNum[8] = {2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
                           2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
                           5.4637849111641143699e+0, 6.6579046435011037772e+0};
const double kFarDen[8] = {2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
                           7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
                           5.9983220655588793769e-1, 1.0};

double inv_cdf(double p, double mu, double sigma) {
    double q = p - 0.5;
    if (std::fabs(q) <= 0.425) {
        double r = 0.180625 - q * q;
        double x = (poly8(kCentralNum, r) * q) / poly8(kCentralDen, r);
        return mu + (x * sigma);
    }
    double r = std::sqrt(-std::log(q > 0.0 ? 1.0 - p : p));
    double x;
    if (r <= 5.0) {
        r = r - 1.6;
        x = poly8(kNearNum, r) / poly8(kNearDen, r);
    } else {
        r = r - 5.0;
        x = poly8(kFarNum, r) / poly8(kFarDen, r);
    }
    if (q < 0.0) x = -x;
    return mu + (x * sigma);
}

Object* normal_dist_inv_cdf(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_statistics._normal_dist_inv_cdf", kwnames)) return nullptr;
    if (!check_positional("_normal_dist_inv_cdf", nargs, nullptr, 3, 3)) return nullptr;
    double values[3];
    for (int i = 0; i < 3; i++) {
        values[i] = float_as_double(args[i]);
        if (values[i] == -1.0 && err_occurred()) return nullptr;
    }
    // CPython's C version refuses the parameters that have no quantile (p outside (0, 1), sigma
    // not positive); NaNs pass through (every comparison with them is false).
    if (values[0] <= 0.0 || values[0] >= 1.0 || values[2] <= 0.0)
        return err_set_string(ValueError, "inv_cdf undefined for these parameters");
    return float_from(inv_cdf(values[0], values[1], values[2]));
}

const MethodDef kFunctions[] = {
    {"_normal_dist_inv_cdf", normal_dist_inv_cdf},
    {nullptr, nullptr},
};

}  // namespace

Object* make_statistics_module() {
    Object* m = module_new("_statistics");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
