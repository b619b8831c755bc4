/*
** decode.h: turn the bytes of a text file into clean UTF-8.
**
** Clean means: valid UTF-8 (invalid bytes become U+FFFD), no byte order
** mark, no NUL, NFC normalized, every line break (CRLF, CR, NEL) a LF.
** The source charset is taken from a BOM (UTF-8, UTF-16, UTF-32), else the
** bytes are used as UTF-8 when they mostly are, else ICU's charset detector
** names the charset (GB18030, Big5, Shift_JIS, windows-1252, ISO-8859-x …)
** and ICU converts from it. Bytes with NULs and no BOM are binary: an error.
*/
#ifndef TN_DECODE_H
#define TN_DECODE_H

#include <stddef.h>

typedef struct {
  char *text;           /* malloc()ed clean UTF-8, NUL terminated; or NULL */
  size_t len;           /* bytes in text, without the terminator */
  char encoding[32];    /* source charset as detected, e.g. "UTF-16LE" */
  const char *error;    /* NULL, or why the bytes are not text (static) */
} tn_decoded;

/* Decode bytes[0..n). Returns 0 with out->text set, or -1 with out->error
** set (binary data, out of memory, a failed conversion). */
int tn_decode(const char *bytes, size_t n, tn_decoded *out);

/* The same, reading bytes in the charset a page or a header states
** (NULL, or one ICU does not know: detected as above; a BOM still wins). */
int tn_decode_as(const char *bytes, size_t n, const char *charset, tn_decoded *out);

/* Clean UTF-8 from UTF-8 that may be invalid or denormalized: the same
** cleaning tn_decode() applies after conversion. *out_len gets the length.
** Returns a malloc()ed string, or NULL when out of memory. */
char *tn_clean_utf8(const char *s, size_t n, size_t *out_len);

/* 1 when valid UTF-8 s[0..n) is in NFC already (nfc.cc). */
#ifdef __cplusplus
extern "C"
#endif
int tn_is_nfc(const char *s, size_t n);

#endif
