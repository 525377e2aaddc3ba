// Go 1.26 compress/flate at level 1 (BestSpeed), as a freestanding WebAssembly module: the same
// algorithm as $(go env GOROOT)/src/compress/flate deflate.go (encSpeed), deflatefast.go,
// huffman_bit_writer.go (stored, Huffman-only and dynamic blocks), huffman_code.go and token.go,
// ported step for step because every skip, tie and size rule decides the bytes. One instance
// encodes one stream; state lives in globals. Built by scripts/build-go-flate-wasm.mjs (clang,
// wasm32, no libc); src/oci/go-flate/best-speed-go126.ts drives it. Checked byte for byte
// against Go by __tests__/integration/go-gzip.oracle.test.ts.
//
// The host copies input into window[window_end..] (at most 65,535 bytes), calls enc_speed(0)
// when the window is full and more input follows, close_stream() at the end, and takes the
// compressed bytes from out[0..out_len) after each call (then out_reset()).

typedef unsigned char u8;
typedef unsigned short u16;
typedef int i32;
typedef unsigned int u32;
typedef long long i64;
typedef unsigned long long u64;

#define EXPORT(name) __attribute__((export_name(#name)))

void *memcpy(void *dst, const void *src, unsigned long n) {
  __builtin_memcpy(dst, src, n);
  return dst;
}
void *memset(void *dst, int c, unsigned long n) {
  __builtin_memset(dst, c, n);
  return dst;
}

// ---------------------------------------------------------------- constants (deflate.go, token.go)

#define MAX_STORE_BLOCK_SIZE 65535
#define MAX_MATCH_OFFSET (1 << 15)
#define MAX_MATCH_LENGTH 258
#define BASE_MATCH_LENGTH 3
#define BASE_MATCH_OFFSET 1
#define TABLE_BITS 14
#define TABLE_SIZE (1 << TABLE_BITS)
#define TABLE_MASK (TABLE_SIZE - 1)
#define TABLE_SHIFT (32 - TABLE_BITS)
#define BUFFER_RESET (0x7fffffff - MAX_STORE_BLOCK_SIZE * 2)
#define INPUT_MARGIN (16 - 1)
#define MIN_NON_LITERAL_BLOCK_SIZE (1 + 1 + INPUT_MARGIN)

#define MATCH_TYPE (1u << 30)
#define LENGTH_SHIFT 22
#define OFFSET_MASK ((1u << LENGTH_SHIFT) - 1)
#define END_BLOCK_MARKER 256
#define LENGTH_CODES_START 257
#define MAX_NUM_LIT 286
#define OFFSET_CODE_COUNT 30
#define CODEGEN_CODE_COUNT 19
#define BAD_CODE 255

static const u8 length_extra_bits[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                         2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const u32 length_base[29] = {0,  1,  2,  3,  4,  5,  6,   7,   8,   10,
                                    12, 14, 16, 20, 24, 28, 32,  40,  48,  56,
                                    64, 80, 96, 112, 128, 160, 192, 224, 255};
static const u8 offset_extra_bits[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                         6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const u32 offset_base[30] = {
    0x000000, 0x000001, 0x000002, 0x000003, 0x000004, 0x000006, 0x000008, 0x00000c,
    0x000010, 0x000018, 0x000020, 0x000030, 0x000040, 0x000060, 0x000080, 0x0000c0,
    0x000100, 0x000180, 0x000200, 0x000300, 0x000400, 0x000600, 0x000800, 0x000c00,
    0x001000, 0x001800, 0x002000, 0x003000, 0x004000, 0x006000};
static const u8 codegen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// Filled by init_tables(): lengthCodes and offsetCodes of token.go.
static u8 length_codes[256];
static u8 offset_codes[256];

static void init_tables(void) {
  for (u32 l = 0, c = 0; l < 256; l++) {
    while (c + 1 < 29 && length_base[c + 1] <= l) c++;
    length_codes[l] = (u8)c;
  }
  for (u32 o = 0, c = 0; o < 256; o++) {
    while (offset_base[c + 1] <= o) c++;
    offset_codes[o] = (u8)c;
  }
}

static inline u32 offset_code(u32 off) {
  if (off < 256) return offset_codes[off];
  if ((off >> 7) < 256) return offset_codes[off >> 7] + 14u;
  return offset_codes[off >> 14] + 28u;
}

// ---------------------------------------------------------------- output bits (huffman_bit_writer.go)

#define OUT_SIZE (4 * 65536)
static u8 out[OUT_SIZE];
static i32 out_pos;
// Go keeps 48 bits; only the bit order and the byte-alignment points decide the bytes.
static u64 bits;
static u32 nbits;

static inline void put_bits(u32 b, u32 nb) {
  bits |= (u64)b << nbits;
  nbits += nb;
  if (nbits >= 32) {
    u32 v = (u32)bits;
    __builtin_memcpy(out + out_pos, &v, 4); // wasm is little-endian, as DEFLATE's bit order
    out_pos += 4;
    bits >>= 32;
    nbits -= 32;
  }
}

static void flush_bits(void) {
  while (nbits > 0) {
    out[out_pos++] = (u8)bits;
    bits >>= 8;
    nbits = nbits > 8 ? nbits - 8 : 0;
  }
  bits = 0;
}

static void write_stored_header(i32 length, int is_eof) {
  put_bits(is_eof ? 1 : 0, 3);
  flush_bits();
  put_bits((u32)length, 16);
  put_bits((u32)(~length) & 0xffff, 16);
}

static void write_bytes(const u8 *p, i32 n) {
  flush_bits();
  __builtin_memcpy(out + out_pos, p, (unsigned long)n);
  out_pos += n;
}

// ---------------------------------------------------------------- Huffman codes (huffman_code.go)

typedef struct {
  u16 code[MAX_NUM_LIT];
  u8 len[MAX_NUM_LIT];
} encoder;

static encoder lit_enc, off_enc, codegen_enc, huff_off;
static u64 sort_keys[MAX_NUM_LIT + 1];
static i32 list_sym[MAX_NUM_LIT + 1];
static i32 list_freq[MAX_NUM_LIT + 1];
static i32 bit_count[17];

static void sort_u64(u64 *a, i32 n) {
  // Heapsort: the keys are unique, so any correct sort gives Go's order.
  for (i32 start = n / 2 - 1; start >= 0; start--) {
    i32 root = start;
    for (;;) {
      i32 child = 2 * root + 1;
      if (child >= n) break;
      if (child + 1 < n && a[child] < a[child + 1]) child++;
      if (a[root] >= a[child]) break;
      u64 t = a[root];
      a[root] = a[child];
      a[child] = t;
      root = child;
    }
  }
  for (i32 end = n - 1; end > 0; end--) {
    u64 t = a[0];
    a[0] = a[end];
    a[end] = t;
    i32 root = 0;
    for (;;) {
      i32 child = 2 * root + 1;
      if (child >= end) break;
      if (child + 1 < end && a[child] < a[child + 1]) child++;
      if (a[root] >= a[child]) break;
      t = a[root];
      a[root] = a[child];
      a[child] = t;
      root = child;
    }
  }
}

static u16 reverse_bits(u16 number, u32 bit_length) {
  u32 v = (u32)(u16)(number << (16 - bit_length));
  u32 r = 0;
  for (int i = 0; i < 16; i++) {
    r = (r << 1) | (v & 1);
    v >>= 1;
  }
  return (u16)r;
}

static i32 bit_length(const encoder *h, const i32 *freq, i32 n) {
  i32 total = 0;
  for (i32 i = 0; i < n; i++)
    if (freq[i] != 0) total += freq[i] * (i32)h->len[i];
  return total;
}

#define MAXI32 0x7fffffff

// bitCounts: list_freq[0..n) sorted ascending; returns maxBits, fills bit_count.
static i32 bit_counts(i32 n, i32 max_bits) {
  i32 last_freq[16], next_char_freq[16], next_pair_freq[16], needed[16];
  i32 leaf[16][16];
  __builtin_memset(last_freq, 0, sizeof last_freq);
  __builtin_memset(next_char_freq, 0, sizeof next_char_freq);
  __builtin_memset(next_pair_freq, 0, sizeof next_pair_freq);
  __builtin_memset(needed, 0, sizeof needed);
  __builtin_memset(leaf, 0, sizeof leaf);
  list_freq[n] = MAXI32;
  if (max_bits > n - 1) max_bits = n - 1;
  for (i32 level = 1; level <= max_bits; level++) {
    last_freq[level] = list_freq[1];
    next_char_freq[level] = list_freq[2];
    next_pair_freq[level] = list_freq[0] + list_freq[1];
    leaf[level][level] = 2;
    if (level == 1) next_pair_freq[level] = MAXI32;
  }
  needed[max_bits] = 2 * n - 4;
  i32 level = max_bits;
  for (;;) {
    if (next_pair_freq[level] == MAXI32 && next_char_freq[level] == MAXI32) {
      needed[level] = 0;
      next_pair_freq[level + 1] = MAXI32;
      level++;
      continue;
    }
    i32 prev_freq = last_freq[level];
    if (next_char_freq[level] < next_pair_freq[level]) {
      i32 k = leaf[level][level] + 1;
      last_freq[level] = next_char_freq[level];
      leaf[level][level] = k;
      next_char_freq[level] = list_freq[k];
    } else {
      last_freq[level] = next_pair_freq[level];
      for (i32 j = 0; j < level; j++) leaf[level][j] = leaf[level - 1][j];
      needed[level - 1] = 2;
    }
    if (--needed[level] == 0) {
      if (level == max_bits) break;
      next_pair_freq[level + 1] = prev_freq + last_freq[level];
      level++;
    } else {
      while (needed[level - 1] > 0) level--;
    }
  }
  if (leaf[max_bits][max_bits] != n) __builtin_trap();
  __builtin_memset(bit_count, 0, sizeof bit_count);
  i32 b = 1;
  for (i32 lv = max_bits; lv > 0; lv--) {
    bit_count[b] = leaf[max_bits][lv] - leaf[max_bits][lv - 1];
    b++;
  }
  return max_bits;
}

static void generate(encoder *h, const i32 *freq, i32 size, i32 max_bits) {
  i32 count = 0;
  for (i32 i = 0; i < size; i++) {
    if (freq[i] != 0) sort_keys[count++] = ((u64)(u32)freq[i] << 16) | (u32)i;
    else h->len[i] = 0;
  }
  if (count <= 2) {
    // Fewer than three: length 1 each, codes in literal order (keys are still in that order).
    for (i32 i = 0; i < count; i++) {
      i32 sym = (i32)(sort_keys[i] & 0xffff);
      h->code[sym] = (u16)i;
      h->len[sym] = 1;
    }
    return;
  }
  sort_u64(sort_keys, count); // byFreq: frequency, then literal
  for (i32 i = 0; i < count; i++) {
    list_sym[i] = (i32)(sort_keys[i] & 0xffff);
    list_freq[i] = (i32)(sort_keys[i] >> 16);
  }
  i32 max = bit_counts(count, max_bits);
  // assignEncodingAndSize
  u32 code = 0;
  i32 end = count;
  for (i32 n = 0; n <= max; n++) {
    code = (code << 1) & 0xffff;
    i32 nb = bit_count[n];
    if (n == 0 || nb == 0) continue;
    for (i32 i = 0; i < nb; i++) sort_keys[i] = (u64)list_sym[end - nb + i];
    sort_u64(sort_keys, nb); // byLiteral
    for (i32 i = 0; i < nb; i++) {
      i32 sym = (i32)sort_keys[i];
      h->code[sym] = reverse_bits((u16)code, (u32)n);
      h->len[sym] = (u8)n;
      code = (code + 1) & 0xffff;
    }
    end -= nb;
  }
}

// ---------------------------------------------------------------- blocks (huffman_bit_writer.go)

static i32 literal_freq[MAX_NUM_LIT];
static i32 offset_freq[OFFSET_CODE_COUNT];
static u8 codegen[MAX_NUM_LIT + OFFSET_CODE_COUNT + 1];
static i32 codegen_freq[CODEGEN_CODE_COUNT];

static void generate_codegen(i32 num_literals, i32 num_offsets, const encoder *lit,
                             const encoder *off) {
  __builtin_memset(codegen_freq, 0, sizeof codegen_freq);
  for (i32 i = 0; i < num_literals; i++) codegen[i] = lit->len[i];
  for (i32 i = 0; i < num_offsets; i++) codegen[num_literals + i] = off->len[i];
  codegen[num_literals + num_offsets] = BAD_CODE;
  i32 size = codegen[0];
  i32 count = 1;
  i32 out_index = 0;
  for (i32 in_index = 1; size != BAD_CODE; in_index++) {
    i32 next_size = codegen[in_index];
    if (next_size == size) {
      count++;
      continue;
    }
    if (size != 0) {
      codegen[out_index++] = (u8)size;
      codegen_freq[size]++;
      count--;
      while (count >= 3) {
        i32 n = count < 6 ? count : 6;
        codegen[out_index++] = 16;
        codegen[out_index++] = (u8)(n - 3);
        codegen_freq[16]++;
        count -= n;
      }
    } else {
      while (count >= 11) {
        i32 n = count < 138 ? count : 138;
        codegen[out_index++] = 18;
        codegen[out_index++] = (u8)(n - 11);
        codegen_freq[18]++;
        count -= n;
      }
      if (count >= 3) {
        codegen[out_index++] = 17;
        codegen[out_index++] = (u8)(count - 3);
        codegen_freq[17]++;
        count = 0;
      }
    }
    count--;
    for (; count >= 0; count--) {
      codegen[out_index++] = (u8)size;
      codegen_freq[size]++;
    }
    size = next_size;
    count = 1;
  }
  codegen[out_index] = BAD_CODE;
}

static i32 dynamic_size(const encoder *lit, const encoder *off, i32 *num_codegens) {
  i32 n = CODEGEN_CODE_COUNT;
  while (n > 4 && codegen_freq[codegen_order[n - 1]] == 0) n--;
  *num_codegens = n;
  i32 header = 3 + 5 + 5 + 4 + 3 * n + bit_length(&codegen_enc, codegen_freq, CODEGEN_CODE_COUNT) +
               codegen_freq[16] * 2 + codegen_freq[17] * 3 + codegen_freq[18] * 7;
  return header + bit_length(lit, literal_freq, MAX_NUM_LIT) +
         bit_length(off, offset_freq, OFFSET_CODE_COUNT);
}

static int stored_smaller(i32 len, i32 size) {
  return len <= MAX_STORE_BLOCK_SIZE && (len + 5) * 8 < size + (size >> 4);
}

static void write_dynamic_header(i32 num_literals, i32 num_offsets, i32 num_codegens, int eof) {
  put_bits(eof ? 5 : 4, 3);
  put_bits((u32)(num_literals - 257), 5);
  put_bits((u32)(num_offsets - 1), 5);
  put_bits((u32)(num_codegens - 4), 4);
  for (i32 i = 0; i < num_codegens; i++) put_bits(codegen_enc.len[codegen_order[i]], 3);
  for (i32 i = 0;;) {
    i32 w = codegen[i++];
    if (w == BAD_CODE) break;
    put_bits(codegen_enc.code[w], codegen_enc.len[w]);
    if (w == 16) put_bits(codegen[i++], 2);
    else if (w == 17) put_bits(codegen[i++], 3);
    else if (w == 18) put_bits(codegen[i++], 7);
  }
}

static void write_tokens(const u32 *tokens, i32 n) {
  const u16 *lc = lit_enc.code;
  const u8 *ll = lit_enc.len;
  const u16 *oc = off_enc.code;
  const u8 *ol = off_enc.len;
  for (i32 i = 0; i < n; i++) {
    u32 t = tokens[i];
    if (t < MATCH_TYPE) {
      put_bits(lc[t], ll[t]);
      continue;
    }
    u32 length = (t - MATCH_TYPE) >> LENGTH_SHIFT;
    u32 c = length_codes[length];
    put_bits(lc[c + LENGTH_CODES_START], ll[c + LENGTH_CODES_START]);
    u32 eb = length_extra_bits[c];
    if (eb > 0) put_bits(length - length_base[c], eb);
    u32 offset = t & OFFSET_MASK;
    u32 o = offset_code(offset);
    put_bits(oc[o], ol[o]);
    eb = offset_extra_bits[o];
    if (eb > 0) put_bits(offset - offset_base[o], eb);
  }
}

static void write_block_dynamic(u32 *tokens, i32 n, int eof, const u8 *input, i32 input_len) {
  tokens[n++] = END_BLOCK_MARKER;
  // indexTokens
  __builtin_memset(literal_freq, 0, sizeof literal_freq);
  __builtin_memset(offset_freq, 0, sizeof offset_freq);
  for (i32 i = 0; i < n; i++) {
    u32 t = tokens[i];
    if (t < MATCH_TYPE) {
      literal_freq[t]++;
      continue;
    }
    literal_freq[LENGTH_CODES_START + length_codes[(t - MATCH_TYPE) >> LENGTH_SHIFT]]++;
    offset_freq[offset_code(t & OFFSET_MASK)]++;
  }
  i32 num_literals = MAX_NUM_LIT;
  while (literal_freq[num_literals - 1] == 0) num_literals--;
  i32 num_offsets = OFFSET_CODE_COUNT;
  while (num_offsets > 0 && offset_freq[num_offsets - 1] == 0) num_offsets--;
  if (num_offsets == 0) {
    offset_freq[0] = 1;
    num_offsets = 1;
  }
  generate(&lit_enc, literal_freq, MAX_NUM_LIT, 15);
  generate(&off_enc, offset_freq, OFFSET_CODE_COUNT, 15);

  generate_codegen(num_literals, num_offsets, &lit_enc, &off_enc);
  generate(&codegen_enc, codegen_freq, CODEGEN_CODE_COUNT, 7);
  i32 num_codegens;
  i32 size = dynamic_size(&lit_enc, &off_enc, &num_codegens);
  if (stored_smaller(input_len, size)) {
    write_stored_header(input_len, eof);
    write_bytes(input, input_len);
    return;
  }
  write_dynamic_header(num_literals, num_offsets, num_codegens, eof);
  write_tokens(tokens, n);
}

static void write_block_huff(int eof, const u8 *input, i32 len) {
  __builtin_memset(literal_freq, 0, sizeof literal_freq);
  for (i32 i = 0; i < len; i++) literal_freq[input[i]]++;
  literal_freq[END_BLOCK_MARKER] = 1;
  // Go sets offsetFreq[0] without clearing the rest: only code 0 has a length in huffOffset.
  offset_freq[0] = 1;
  generate(&lit_enc, literal_freq, MAX_NUM_LIT, 15);
  generate_codegen(END_BLOCK_MARKER + 1, 1, &lit_enc, &huff_off);
  generate(&codegen_enc, codegen_freq, CODEGEN_CODE_COUNT, 7);
  i32 num_codegens;
  i32 size = dynamic_size(&lit_enc, &huff_off, &num_codegens);
  if (stored_smaller(len, size)) {
    write_stored_header(len, eof);
    write_bytes(input, len);
    return;
  }
  write_dynamic_header(END_BLOCK_MARKER + 1, 1, num_codegens, eof);
  for (i32 i = 0; i < len; i++) put_bits(lit_enc.code[input[i]], lit_enc.len[input[i]]);
  put_bits(lit_enc.code[END_BLOCK_MARKER], lit_enc.len[END_BLOCK_MARKER]);
}

// ---------------------------------------------------------------- matching (deflatefast.go)

static u32 table_val[TABLE_SIZE];
static i32 table_offset[TABLE_SIZE];
static u8 prev[MAX_STORE_BLOCK_SIZE];
static i32 prev_len;
static i32 cur;

static inline u32 load32(const u8 *b, i32 i) {
  u32 v;
  __builtin_memcpy(&v, b + i, 4);
  return v;
}

static inline u32 hash(u32 u) { return (u * 0x1e35a7bdu) >> TABLE_SHIFT; }

static void shift_offsets(void) {
  if (prev_len == 0) {
    __builtin_memset(table_val, 0, sizeof table_val);
    __builtin_memset(table_offset, 0, sizeof table_offset);
    cur = MAX_MATCH_OFFSET + 1;
    return;
  }
  for (i32 i = 0; i < TABLE_SIZE; i++) {
    i32 v = table_offset[i] - cur + MAX_MATCH_OFFSET + 1;
    table_offset[i] = v < 0 ? 0 : v;
  }
  cur = MAX_MATCH_OFFSET + 1;
}

static void fast_reset(void) {
  prev_len = 0;
  cur += MAX_MATCH_OFFSET;
  if (cur >= BUFFER_RESET) shift_offsets();
}

static i32 match_len(i32 s, i32 t, const u8 *src, i32 len) {
  i32 s1 = s + MAX_MATCH_LENGTH - 4;
  if (s1 > len) s1 = len;
  if (t >= 0) {
    i32 n = s1 - s;
    i32 i = 0;
    // 8 bytes at a time; the first differing byte is the lowest set bit of the xor.
    for (; i + 8 <= n; i += 8) {
      u64 a, b;
      __builtin_memcpy(&a, src + s + i, 8);
      __builtin_memcpy(&b, src + t + i, 8);
      if (a != b) return i + (i32)(__builtin_ctzll(a ^ b) >> 3);
    }
    for (; i < n; i++)
      if (src[s + i] != src[t + i]) return i;
    return n;
  }
  i32 tp = prev_len + t;
  if (tp < 0) return 0;
  i32 n = s1 - s;
  if (prev_len - tp < n) n = prev_len - tp;
  for (i32 i = 0; i < n; i++)
    if (src[s + i] != prev[tp + i]) return i;
  if (s + n == s1) return n;
  i32 m = s1 - (s + n);
  for (i32 i = 0; i < m; i++)
    if (src[s + n + i] != src[i]) return i + n;
  return m + n;
}

static i32 fast_encode(u32 *dst, const u8 *src, i32 len) {
  if (cur >= BUFFER_RESET) shift_offsets();
  if (len < MIN_NON_LITERAL_BLOCK_SIZE) {
    cur += MAX_STORE_BLOCK_SIZE;
    prev_len = 0;
    for (i32 i = 0; i < len; i++) dst[i] = src[i];
    return len;
  }
  i32 n = 0;
  i32 s_limit = len - INPUT_MARGIN;
  i32 next_emit = 0;
  i32 s = 0;
  u32 cv = load32(src, s);
  u32 next_hash = hash(cv);
  for (;;) {
    i32 skip = 32;
    i32 next_s = s;
    u32 cand_val;
    i32 cand_off;
    for (;;) {
      s = next_s;
      i32 step = skip >> 5;
      next_s = s + step;
      skip += step;
      if (next_s > s_limit) goto emit_remainder;
      u32 h = next_hash & TABLE_MASK;
      cand_val = table_val[h];
      cand_off = table_offset[h];
      u32 now = load32(src, next_s);
      table_val[h] = cv;
      table_offset[h] = s + cur;
      next_hash = hash(now);
      i32 offset = s - (cand_off - cur);
      if (offset > MAX_MATCH_OFFSET || cv != cand_val) {
        cv = now;
        continue;
      }
      break;
    }
    for (i32 i = next_emit; i < s; i++) dst[n++] = src[i];
    for (;;) {
      s += 4;
      i32 t = cand_off - cur + 4;
      i32 l = match_len(s, t, src, len);
      dst[n++] = MATCH_TYPE + ((u32)(l + 4 - BASE_MATCH_LENGTH) << LENGTH_SHIFT) +
                 (u32)(s - t - BASE_MATCH_OFFSET);
      s += l;
      next_emit = s;
      if (s >= s_limit) goto emit_remainder;
      // Go loads 8 bytes at s-1 and takes the 4-byte values at s-1, s and s+1 from it.
      u64 x;
      __builtin_memcpy(&x, src + s - 1, 8);
      u32 prev_hash = hash((u32)x) & TABLE_MASK;
      table_val[prev_hash] = (u32)x;
      table_offset[prev_hash] = cur + s - 1;
      x >>= 8;
      u32 curr_hash = hash((u32)x) & TABLE_MASK;
      cand_val = table_val[curr_hash];
      cand_off = table_offset[curr_hash];
      table_val[curr_hash] = (u32)x;
      table_offset[curr_hash] = cur + s;
      i32 offset = s - (cand_off - cur);
      if (offset > MAX_MATCH_OFFSET || (u32)x != cand_val) {
        cv = (u32)(x >> 8);
        next_hash = hash(cv);
        s++;
        break;
      }
    }
  }
emit_remainder:
  for (i32 i = next_emit; i < len; i++) dst[n++] = src[i];
  cur += len;
  __builtin_memcpy(prev, src, (unsigned long)len);
  prev_len = len;
  return n;
}

// ---------------------------------------------------------------- the compressor (deflate.go)

static u8 window[MAX_STORE_BLOCK_SIZE];
static i32 window_end;
static u32 tokens[MAX_STORE_BLOCK_SIZE + 1];

EXPORT(init) void init(void) {
  init_tables();
  __builtin_memset(table_val, 0, sizeof table_val);
  __builtin_memset(table_offset, 0, sizeof table_offset);
  prev_len = 0;
  cur = MAX_STORE_BLOCK_SIZE;
  window_end = 0;
  out_pos = 0;
  bits = 0;
  nbits = 0;
  i32 freq[OFFSET_CODE_COUNT] = {1};
  generate(&huff_off, freq, OFFSET_CODE_COUNT, 15);
}

EXPORT(window_ptr) u8 *window_ptr(void) { return window; }
EXPORT(get_window_end) i32 get_window_end(void) { return window_end; }
EXPORT(set_window_end) void set_window_end(i32 n) { window_end = n; }
EXPORT(out_ptr) u8 *out_ptr(void) { return out; }
EXPORT(out_len) i32 out_len(void) { return out_pos; }
EXPORT(out_reset) void out_reset(void) { out_pos = 0; }

// encSpeed; sync is 1 only from close_stream().
EXPORT(enc_speed) void enc_speed(int sync) {
  i32 end = window_end;
  if (end < MAX_STORE_BLOCK_SIZE) {
    if (!sync) return;
    if (end < 128) {
      if (end == 0) return;
      if (end <= 16) {
        write_stored_header(end, 0);
        write_bytes(window, end);
      } else {
        write_block_huff(0, window, end);
      }
      window_end = 0;
      fast_reset();
      return;
    }
  }
  i32 n = fast_encode(tokens, window, end);
  // Matching removed less than 1/16th: Huffman-code the literals only.
  if (n > end - (end >> 4)) write_block_huff(0, window, end);
  else write_block_dynamic(tokens, n, 0, window, end);
  window_end = 0;
}

// close(): the last block, then an empty final stored block, byte-aligned.
EXPORT(close_stream) void close_stream(void) {
  enc_speed(1);
  write_stored_header(0, 1);
  flush_bits();
}
