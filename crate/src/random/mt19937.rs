//! The Mersenne Twister MT19937 generator, exactly as CPython's `Modules/_randommodule.c` has it.
//!
//! CPython keeps 624 32-bit words and an index (624 means "regenerate before the next word").
//! [`Mt19937::init_genrand`] and [`Mt19937::init_by_array`] are the reference seeding routines
//! (Matsumoto and Nishimura's 2002 code), [`Mt19937::genrand_uint32`] draws one tempered word and
//! [`Mt19937::genrand_res53`] is `random.random()`: a double in `[0, 1)` with 53 random bits.

/// Number of 32-bit words of state (`N` in the C code).
pub const N: usize = 624;
/// The twist offset (`M` in the C code).
const M: usize = 397;
/// Constant vector a.
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant w-r bits.
const UPPER_MASK: u32 = 0x8000_0000;
/// Least significant r bits.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The raw MT19937 state: 624 words and the index of the next word to temper.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// A generator seeded with `init_genrand(s)`, the single-word seeding routine.
    pub fn from_genrand(s: u32) -> Self {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.init_genrand(s);
        mt
    }

    /// A generator seeded with `init_by_array(key)`, which is what `random.seed(int)` uses.
    pub fn from_key(key: &[u32]) -> Self {
        let mut mt = Mt19937::from_genrand(0);
        mt.init_by_array(key);
        mt
    }

    /// Rebuilds a generator from saved words and index; `None` if `index > 624`
    /// (CPython's "invalid state").
    pub fn from_parts(state: [u32; N], index: usize) -> Option<Self> {
        (index <= N).then_some(Mt19937 { state, index })
    }

    /// The 624 state words.
    pub fn words(&self) -> &[u32; N] {
        &self.state
    }

    /// The index of the next word to be tempered (0..=624).
    pub fn index(&self) -> usize {
        self.index
    }

    /// Initializes the state from one 32-bit seed (`init_genrand` in the C code).
    pub fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Initializes the state from a key of 32-bit words (`init_by_array` in the C code).
    /// An empty key is treated as `[0]`, which is what CPython passes for a zero seed.
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// Regenerates all 624 words at once (the block at the top of `genrand_uint32`).
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
        self.index = 0;
    }

    /// The next tempered 32-bit word (`genrand_uint32` in the C code).
    pub fn genrand_uint32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()`: two words, 27 + 26 bits, scaled into `[0, 1)` (`genrand_res53`).
    pub fn genrand_res53(&mut self) -> f64 {
        let a = self.genrand_uint32() >> 5;
        let b = self.genrand_uint32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference output of mt19937ar.c's `main()`: `init_by_array({0x123, 0x234, 0x345,
    /// 0x456})`, first five `genrand_int32()` values.
    #[test]
    fn reference_init_by_array() {
        let mut mt = Mt19937::from_key(&[0x123, 0x234, 0x345, 0x456]);
        let got: Vec<u32> = (0..5).map(|_| mt.genrand_uint32()).collect();
        assert_eq!(
            got,
            [
                1_067_595_299,
                955_945_823,
                477_289_528,
                4_107_218_783,
                4_228_976_476
            ]
        );
    }

    /// The classic `init_genrand(5489)` sequence (C++ std::mt19937's default seed); the
    /// 10000th value is 4123659995.
    #[test]
    fn reference_init_genrand() {
        let mut mt = Mt19937::from_genrand(5489);
        assert_eq!(mt.genrand_uint32(), 3_499_211_612);
        for _ in 1..9999 {
            mt.genrand_uint32();
        }
        assert_eq!(mt.genrand_uint32(), 4_123_659_995);
    }

    #[test]
    fn from_parts_checks_index() {
        assert!(Mt19937::from_parts([0; N], N + 1).is_none());
        let mt = Mt19937::from_genrand(1);
        let copy = Mt19937::from_parts(*mt.words(), mt.index());
        assert_eq!(copy, Some(mt));
    }
}
