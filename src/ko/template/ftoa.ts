// strconv.FormatFloat for the formats fmt uses (e, E, f, g, G): the shortest digits that read back
// as the value, or the exact decimal value rounded (an exact half to even), as Go's ftoa does.

/** Decimal digits of |v| (no trailing zeros; "" for zero) and the decimal point position. */
interface Digits {
  readonly d: string;
  readonly dp: number;
}

/** The exact decimal value of a finite double > 0 (every double is a finite decimal). */
function exactDecimal(a: number): Digits {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  const trim = (d: string, dp: number): Digits => {
    const t = d.replace(/0+$/, '');
    return t === '' ? { d: '', dp: 0 } : { d: t, dp };
  };
  if (exp >= 0) {
    const d = (mant << BigInt(exp)).toString();
    return trim(d, d.length);
  }
  const d = (mant * 5n ** BigInt(-exp)).toString();
  return trim(d, d.length + exp);
}

/** strconv's decimal.Round: to `nd` digits, an exact half to even. */
function round(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const halfway = x.d[nd] === '5' && nd + 1 === x.d.length;
  const up = halfway ? nd > 0 && Number(x.d[nd - 1]) % 2 === 1 : x.d[nd]! >= '5';
  if (!up) {
    const d = x.d.slice(0, nd).replace(/0+$/, '');
    return d === '' ? { d: '', dp: 0 } : { d, dp: x.dp };
  }
  let i = nd - 1;
  while (i >= 0 && x.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: x.d.slice(0, i) + String(Number(x.d[i]) + 1), dp: x.dp };
}

/**
 * Decimal digits of |v|: the shortest that read back as v, or rounded to `prec` digits after the
 * point (mode f) or to prec + 1 significant digits (mode e).
 */
function digitsOf(v: number, mode: 'shortest' | 'e' | 'f', prec: number): Digits {
  const a = Math.abs(v);
  if (a === 0) return { d: '', dp: 0 };
  if (mode !== 'shortest') {
    const x = exactDecimal(a);
    return round(x, mode === 'f' ? x.dp + prec : prec + 1);
  }
  const [mant = '', exp = '0'] = a.toExponential().split('e');
  const m = mant.replace('.', '').replace(/0+$/, '');
  return { d: m, dp: Number(exp) + 1 };
}

function fmtE(neg: boolean, g: Digits, prec: number, e: string): string {
  let s = neg ? '-' : '';
  s += g.d[0] ?? '0';
  if (prec > 0) s += '.' + g.d.slice(1, 1 + prec).padEnd(prec, '0');
  const exp = g.d === '' ? 0 : g.dp - 1;
  return `${s}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function fmtF(neg: boolean, g: Digits, prec: number): string {
  let s = neg ? '-' : '';
  s += g.dp > 0 ? g.d.slice(0, g.dp).padEnd(g.dp, '0') : '0';
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) {
      const j = g.dp + i - 1;
      s += j >= 0 && j < g.d.length ? g.d[j] : '0';
    }
  }
  return s;
}

/** strconv.FormatFloat(v, fmt, prec, 64) for fmt e, E, f, g, G (prec -1: shortest). */
export function formatFloat(v: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  const shortest = prec < 0;
  if (fmt === 'f') {
    const g = digitsOf(v, shortest ? 'shortest' : 'f', prec);
    return fmtF(neg, g, shortest ? Math.max(g.d.length - g.dp, 0) : prec);
  }
  if (fmt === 'e' || fmt === 'E') {
    const g = digitsOf(v, shortest ? 'shortest' : 'e', prec);
    return fmtE(neg, g, shortest ? g.d.length - 1 : prec, fmt);
  }
  if (prec === 0) prec = 1;
  const g = digitsOf(v, shortest ? 'shortest' : 'e', prec - 1);
  if (shortest) prec = g.d.length;
  let eprec = shortest ? 6 : prec;
  if (!shortest && eprec > g.d.length && g.d.length >= g.dp) eprec = g.d.length;
  const exp = g.dp - 1;
  if (exp < -4 || exp >= eprec) {
    return fmtE(neg, g, Math.min(prec, g.d.length) - 1, fmt === 'g' ? 'e' : 'E');
  }
  return fmtF(neg, g, Math.max((prec > g.dp ? g.d.length : prec) - g.dp, 0));
}
