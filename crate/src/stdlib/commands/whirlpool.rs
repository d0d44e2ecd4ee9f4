//! Whirlpool (ISO/IEC 10118-3, the final 2003 version OpenSSL implements), so the simulated
//! `openssl dgst -whirlpool` prints the real digest. The S-box is built from the three 4-bit
//! mini-boxes of the specification rather than typed in; tests check the ISO test vectors.

/// The exponential mini-box E.
const E: [u8; 16] = [1, 11, 9, 12, 13, 6, 15, 3, 14, 8, 7, 4, 10, 2, 5, 0];
/// The pseudo-random mini-box R.
const R: [u8; 16] = [7, 12, 11, 13, 14, 4, 9, 15, 6, 3, 8, 10, 2, 5, 1, 0];
/// The circulant row of the diffusion matrix.
const C: [u8; 8] = [1, 1, 4, 1, 8, 5, 2, 9];
/// Number of rounds.
const ROUNDS: usize = 10;

/// The 8-bit S-box from E, E⁻¹ and R.
fn sbox() -> [u8; 256] {
    let mut e_inv = [0u8; 16];
    for (i, &e) in E.iter().enumerate() {
        e_inv[usize::from(e)] = i as u8;
    }
    let mut s = [0u8; 256];
    for (u, out) in s.iter_mut().enumerate() {
        let a = E[u >> 4];
        let b = e_inv[u & 15];
        let r = R[usize::from(a ^ b)];
        *out = (E[usize::from(a ^ r)] << 4) | e_inv[usize::from(b ^ r)];
    }
    s
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gmul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0u8;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1d;
        }
        b >>= 1;
    }
    p
}

/// An 8×8 byte state, row-major.
type State = [[u8; 8]; 8];

/// One round ρ[k]: substitute, shift columns, mix rows, add the key.
fn round(s: &[u8; 256], a: &State, k: &State) -> State {
    let mut shifted = [[0u8; 8]; 8];
    for i in 0..8 {
        for j in 0..8 {
            shifted[i][j] = s[usize::from(a[(i + 8 - j) % 8][j])];
        }
    }
    let mut out = [[0u8; 8]; 8];
    for i in 0..8 {
        for j in 0..8 {
            let mut v = 0u8;
            for (m, &x) in shifted[i].iter().enumerate() {
                v ^= gmul(x, C[(j + 8 - m) % 8]);
            }
            out[i][j] = v ^ k[i][j];
        }
    }
    out
}

/// The 64-byte Whirlpool digest of `data`.
pub(crate) fn whirlpool(data: &[u8]) -> [u8; 64] {
    let s = sbox();
    let mut constants = [[[0u8; 8]; 8]; ROUNDS];
    for (r, c) in constants.iter_mut().enumerate() {
        for j in 0..8 {
            c[0][j] = s[8 * r + j];
        }
    }
    // Padding: a 1 bit, zeros to 32 bytes short of a 64-byte block, then the 256-bit length.
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 32 {
        msg.push(0);
    }
    let bits = (data.len() as u128).wrapping_mul(8);
    msg.extend_from_slice(&[0u8; 16]);
    msg.extend_from_slice(&bits.to_be_bytes());
    let mut h: State = [[0u8; 8]; 8];
    for block in msg.chunks_exact(64) {
        let mut m: State = [[0u8; 8]; 8];
        for (i, row) in m.iter_mut().enumerate() {
            row.copy_from_slice(&block[8 * i..8 * i + 8]);
        }
        let mut key = h;
        let mut state = m;
        for i in 0..8 {
            for j in 0..8 {
                state[i][j] ^= key[i][j];
            }
        }
        for c in &constants {
            key = round(&s, &key, c);
            state = round(&s, &state, &key);
        }
        for i in 0..8 {
            for j in 0..8 {
                h[i][j] ^= state[i][j] ^ m[i][j];
            }
        }
    }
    let mut out = [0u8; 64];
    for (i, row) in h.iter().enumerate() {
        out[8 * i..8 * i + 8].copy_from_slice(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sbox_starts_right() {
        assert_eq!(
            &sbox()[..8],
            &[0x18, 0x23, 0xc6, 0xe8, 0x87, 0xb8, 0x01, 0x4f]
        );
    }

    #[test]
    fn iso_vectors() {
        assert_eq!(
            hex(&whirlpool(b"")),
            "19fa61d75522a4669b44e39c1d2e1726c530232130d407f89afee0964997f7a7\
             3e83be698b288febcf88e3e03c4f0757ea8964e59b63d93708b138cc42a66eb3"
        );
        assert_eq!(
            hex(&whirlpool(b"abc")),
            "4e2448a4c6f486bb16b6562c73b4020bf3043e3a731bce721ae1b303d97e6d4c\
             7181eebdb6c57e277d0e34957114cbd6c797fc9d95d8b582d225292076d4eef5"
        );
        assert_eq!(
            hex(&whirlpool(b"hello")),
            "0a25f55d7308eca6b9567a7ed3bd1b46327f0f1ffdc804dd8bb5af40e88d78b8\
             8df0d002a89e2fdbd5876c523f1b67bc44e9f87047598e7548298ea1c81cfd73"
        );
        let long = vec![b'a'; 1000];
        assert_eq!(hex(&whirlpool(&long)).len(), 128);
    }
}
