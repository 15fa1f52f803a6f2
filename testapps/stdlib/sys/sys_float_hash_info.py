# sys.float_info, sys.hash_info and sys.float_repr_style: struct sequences with CPython's values.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.max_10_exp, fi.min_exp, fi.min_10_exp)
print(len(fi), fi[0] == fi.max, tuple(fi)[-1], type(fi).__name__)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2)
print(sys.float_repr_style)

hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(float("inf")) == hi.inf, hash(2 ** 61 - 1) == 0, hash(hi.modulus + 5) == 5)
print(hash(complex(0, 1)) == hi.imag, len(hi), type(hi).__name__)
