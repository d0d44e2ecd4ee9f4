//! Real-valued distributions of `Lib/random.py`: `uniform`, `triangular`, `normalvariate`,
//! `gauss`, `lognormvariate`, `expovariate`, `vonmisesvariate`, `gammavariate`, `betavariate`,
//! `paretovariate`, `weibullvariate`.
//!
//! Each is transcribed operation by operation from CPython 3.11 with float arguments, so it draws
//! the same `random()` values and rounds the same way; Python's float errors (division by zero,
//! math domain and range errors, `**` overflow) come from [`super::pyfloat`]. The results are
//! bit-exact where the platform's `ln`/`exp`/`cos`/`sin`/`acos`/`pow` agree with glibc (always on
//! native Linux; see the module root for wasm32).
//!
//! A few parameter values (NaN or infinite `kappa`, `alpha`) make CPython's rejection loops spin
//! forever. Valid parameters accept within a handful of draws, so each loop here gives up after
//! [`MAX_REJECTIONS`] draws with an [`ErrorKind::NeverReturns`] error instead of hanging.

use super::error::{ErrorKind, RandomError};
use super::pyfloat;
use super::Random;

/// How many rejected candidates a rejection loop tolerates before reporting
/// [`ErrorKind::NeverReturns`] (valid parameters accept with probability above 1/2 per round).
pub const MAX_REJECTIONS: u32 = 1 << 20;

/// `4 * exp(-0.5) / sqrt(2.0)`.
const NV_MAGICCONST: f64 = f64::from_bits(0x3ffb_72cd_3f33_1398);
/// `log(4.0)`.
const LOG4: f64 = f64::from_bits(0x3ff6_2e42_fefa_39ef);
/// `1.0 + log(4.5)`.
const SG_MAGICCONST: f64 = f64::from_bits(0x4004_0859_baee_748f);
/// `2.0 * pi`.
const TWOPI: f64 = std::f64::consts::TAU;

/// The error for a rejection loop that CPython would never leave.
fn never_returns(name: &str) -> RandomError {
    RandomError::new(
        ErrorKind::NeverReturns,
        format!("{name}() never returns for these parameters"),
    )
}

impl Random {
    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)` (`mode: None` is the default midpoint).
    pub fn triangular(
        &mut self,
        low: f64,
        high: f64,
        mode: Option<f64>,
    ) -> Result<f64, RandomError> {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => match pyfloat::div(m - low, high - low) {
                Ok(c) => c,
                Err(_) => return Ok(low),
            },
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        Ok(low + (high - low) * pyfloat::sqrt(u * c)?)
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            // u2 >= 2**-53, so neither the division nor the log can fail.
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: Box–Muller, caching the second value for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                // 1 - random() lies in (0, 1], so the log is finite and <= 0.
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> Result<f64, RandomError> {
        pyfloat::exp(self.normalvariate(mu, sigma))
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        pyfloat::div(-pyfloat::log(u)?, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> Result<f64, RandomError> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = pyfloat::div(0.5, kappa)?;
        let r = s + pyfloat::sqrt(1.0 + s * s)?;
        let mut rounds = 0;
        let z = loop {
            let u1 = self.random();
            let z = pyfloat::cos(std::f64::consts::PI * u1)?;
            let d = pyfloat::div(z, r + z)?;
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyfloat::exp(d)? {
                break z;
            }
            rounds += 1;
            if rounds >= MAX_REJECTIONS {
                return Err(never_returns("vonmisesvariate"));
            }
        };
        let q = pyfloat::div(1.0, r)?;
        let f = pyfloat::div(q + z, 1.0 + q * z)?;
        let u3 = self.random();
        if u3 > 0.5 {
            pyfloat::rem(mu + pyfloat::acos(f)?, TWOPI)
        } else {
            pyfloat::rem(mu - pyfloat::acos(f)?, TWOPI)
        }
    }

    /// `gammavariate(alpha, beta)` (Cheng's algorithm for `alpha > 1`, algorithm GS below 1).
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::value(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        let mut rounds = 0;
        let mut rejected = || {
            rounds += 1;
            rounds >= MAX_REJECTIONS
        };
        if alpha > 1.0 {
            let ainv = pyfloat::sqrt(2.0 * alpha - 1.0)?;
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    if rejected() {
                        return Err(never_returns("gammavariate"));
                    }
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = pyfloat::div(pyfloat::log(pyfloat::div(u1, 1.0 - u1)?)?, ainv)?;
                let x = alpha * pyfloat::exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pyfloat::log(z)? {
                    return Ok(x * beta);
                }
                if rejected() {
                    return Err(never_returns("gammavariate"));
                }
            }
        } else if alpha == 1.0 {
            Ok(-pyfloat::log(1.0 - self.random())? * beta)
        } else {
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    pyfloat::pow(p, pyfloat::div(1.0, alpha)?)?
                } else {
                    -pyfloat::log(pyfloat::div(b - p, alpha)?)?
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= pyfloat::pow(x, alpha - 1.0)? {
                        break x;
                    }
                } else if u1 <= pyfloat::exp(-x)? {
                    break x;
                }
                if rejected() {
                    return Err(never_returns("gammavariate"));
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`: from two gamma variates.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let other = self.gammavariate(beta, 1.0)?;
            return pyfloat::div(y, y + other);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        pyfloat::pow(u, pyfloat::div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        let base = -pyfloat::log(u)?;
        Ok(alpha * pyfloat::pow(base, pyfloat::div(1.0, beta)?)?)
    }
}
