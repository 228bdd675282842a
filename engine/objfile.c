// SPDX-License-Identifier: GPL-2.0
/*
 * Where graphs are read from: a side file (OBJ.pa), the PA_GRAPH_SECTION
 * section of an ELF object (32 or 64 bits, either byte order: s390 objects
 * are big-endian), or the members of an ar archive (regular, or thin, whose
 * members are paths relative to the archive, as kbuild's built-in.a).
 * A section holds one NUL-terminated graph per translation unit: `ld -r`
 * concatenates them.  A graph already read (a composite object and its
 * parts, an archive and its members) is not read twice.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include "engine.h"

#define MAX_DEPTH 4		/* thin archives naming thin archives */

struct src {
	struct pa_unit *u;
	char *err;
	size_t errlen;
};

static int fail(struct src *s, const char *name, const char *what)
{
	snprintf(s->err, s->errlen, "%s: error: %s", name, what);
	return -1;
}

/* ---- graphs seen ------------------------------------------------------------ */

static uint64_t bytes_hash(const unsigned char *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;	/* FNV-1a */

	while (n--)
		h = (h ^ *p++) * 1099511628211ull;
	return h ? h : 1;
}

/* 1 if a graph with these bytes was read into the unit already. */
static int seen(struct pa_unit *u, const unsigned char *p, size_t n)
{
	uint64_t h = bytes_hash(p, n);
	size_t i;

	if (u->graphs_seen_n * 2 >= u->graphs_seen_cap) {
		size_t cap = u->graphs_seen_cap ? u->graphs_seen_cap * 2 : 256;
		uint64_t *t = pa_xcalloc(cap, sizeof(*t));

		for (i = 0; i < u->graphs_seen_cap; i++) {
			uint64_t k = u->graphs_seen[i];
			size_t j = k & (cap - 1);

			if (!k)
				continue;
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = k;
		}
		free(u->graphs_seen);
		u->graphs_seen = t;
		u->graphs_seen_cap = cap;
	}
	for (i = h & (u->graphs_seen_cap - 1); u->graphs_seen[i];
	     i = (i + 1) & (u->graphs_seen_cap - 1))
		if (u->graphs_seen[i] == h)
			return 1;
	u->graphs_seen[i] = h;
	u->graphs_seen_n++;
	return 0;
}

static int one_graph(struct src *s, const char *name, const unsigned char *p, size_t n)
{
	if (seen(s->u, p, n)) {
		s->u->graphs_dup++;
		return 0;
	}
	s->u->graphs_read++;
	return pa_unit_read_graph_text(s->u, name, (const char *)p, n, s->err, s->errlen);
}

/* The graphs of a section: NUL-terminated, maybe padded with NULs. */
static int section_graphs(struct src *s, const char *name, const unsigned char *p, size_t n)
{
	while (n) {
		const unsigned char *end = memchr(p, 0, n);
		size_t len = end ? (size_t)(end - p) : n;

		if (len && one_graph(s, name, p, len))
			return -1;
		if (len == n)
			break;
		p += len + 1;
		n -= len + 1;
	}
	return 0;
}

/* ---- ELF ------------------------------------------------------------------------ */

struct elf {
	const unsigned char *p;
	size_t n;
	int is64, big;
};

static uint64_t rd(const struct elf *e, size_t off, int size)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < size; i++) {
		unsigned b = e->p[off + (size_t)(e->big ? i : size - 1 - i)];

		v = v << 8 | b;
	}
	return v;
}

static int in_bounds(size_t n, uint64_t off, uint64_t len)
{
	return off <= n && len <= n - off;
}

#define SHT_NOBITS_ 8
#define SHF_COMPRESSED_ 0x800
#define SHN_XINDEX_ 0xffff

static int read_elf(struct src *s, const char *name, const unsigned char *p, size_t n)
{
	struct elf e = { p, n, 0, 0 };
	uint64_t shoff, shnum, shstrndx, entsize, stroff, strsize, i;
	size_t glen = strlen(PA_GRAPH_SECTION);
	char *label;
	int rc = 0;

	if (n < 52 || (p[4] != 1 && p[4] != 2) || (p[5] != 1 && p[5] != 2))
		return fail(s, name, "not an ELF object of a known class and byte order");
	e.is64 = p[4] == 2;
	e.big = p[5] == 2;
	if (e.is64 && n < 64)
		return fail(s, name, "truncated ELF header");
	shoff = e.is64 ? rd(&e, 0x28, 8) : rd(&e, 0x20, 4);
	entsize = rd(&e, e.is64 ? 0x3a : 0x2e, 2);
	shnum = rd(&e, e.is64 ? 0x3c : 0x30, 2);
	shstrndx = rd(&e, e.is64 ? 0x3e : 0x32, 2);
	if (!shoff)
		return 0;	/* no sections */
	if (entsize < (e.is64 ? 64u : 40u) || !in_bounds(n, shoff, entsize))
		return fail(s, name, "bad ELF section header table");
	/* more than 0xff00 sections: the counts are in section 0 */
	if (!shnum)
		shnum = rd(&e, shoff + (e.is64 ? 32 : 20), e.is64 ? 8 : 4);
	if (shstrndx == SHN_XINDEX_)
		shstrndx = rd(&e, shoff + (e.is64 ? 40 : 24), 4);
	if (shnum > n / entsize || !in_bounds(n, shoff, shnum * entsize) || shstrndx >= shnum)
		return fail(s, name, "bad ELF section header table");
#define SH(idx, f64, f32, size64) \
	rd(&e, shoff + (idx) * entsize + (e.is64 ? (f64) : (f32)), e.is64 ? (size64) : 4)
	stroff = SH(shstrndx, 24, 16, 8);
	strsize = SH(shstrndx, 32, 20, 8);
	if (!in_bounds(n, stroff, strsize))
		return fail(s, name, "bad ELF section name table");
	label = pa_xasprintf("%s(%s)", name, PA_GRAPH_SECTION);
	for (i = 1; i < shnum && !rc; i++) {
		uint64_t nm = rd(&e, shoff + i * entsize, 4);
		uint64_t type = rd(&e, shoff + i * entsize + 4, 4);
		uint64_t flags = SH(i, 8, 8, 8);
		uint64_t off = SH(i, 24, 16, 8), size = SH(i, 32, 20, 8);

		if (nm >= strsize || strsize - nm <= glen ||
		    memcmp(p + stroff + nm, PA_GRAPH_SECTION, glen + 1) || type == SHT_NOBITS_)
			continue;
		if (flags & SHF_COMPRESSED_)
			rc = fail(s, label, "a compressed section (objcopy --decompress-debug-sections)");
		else if (!in_bounds(n, off, size))
			rc = fail(s, label, "section outside the file");
		else
			rc = section_graphs(s, label, p + off, size);
	}
#undef SH
	free(label);
	return rc;
}

/* ---- ar ------------------------------------------------------------------------- */

static int read_path(struct src *s, const char *path, int depth, int quiet_text);

static int read_ar(struct src *s, const char *path, const unsigned char *p, size_t n,
		   int depth)
{
	int thin = !memcmp(p, "!<thin>\n", 8);
	const unsigned char *names = NULL;
	size_t nnames = 0, off = 8;
	char *dir = pa_xstrdup(path), *slash = strrchr(dir, '/');
	int rc = 0;

	if (slash)
		slash[1] = 0;
	else
		dir[0] = 0;
	while (!rc && off < n) {
		const unsigned char *h = p + off;
		char field[17], *end, member[4096];
		unsigned long long size;
		int has_data;
		size_t i, len;

		if (n - off < 60 || h[58] != '`' || h[59] != '\n') {
			rc = fail(s, path, "bad archive member header");
			break;
		}
		memcpy(field, h + 48, 10);
		field[10] = 0;
		errno = 0;
		size = strtoull(field, &end, 10);
		if (end == field || errno || (*end && *end != ' ')) {
			rc = fail(s, path, "bad archive member size");
			break;
		}
		memcpy(field, h, 16);
		field[16] = 0;
		/* the symbol table and the long-name table are in thin archives too */
		has_data = !thin || (field[0] == '/' && (field[1] < '0' || field[1] > '9'));
		if (has_data && !in_bounds(n, off + 60, size)) {
			rc = fail(s, path, "archive member outside the file");
			break;
		}
		if (!strncmp(field, "//", 2)) {
			names = h + 60;
			nnames = (size_t)size;
		} else if (field[0] == '/' && field[1] >= '0' && field[1] <= '9') {
			unsigned long long at = strtoull(field + 1, NULL, 10);

			if (!names || at >= nnames) {
				rc = fail(s, path, "bad archive long name");
				break;
			}
			for (len = 0; at + len < nnames && names[at + len] != '\n' &&
				      !(names[at + len] == '/' && (at + len + 1 == nnames ||
								   names[at + len + 1] == '\n'));
			     len++)
				;
			if (len >= sizeof(member) - 1) {
				rc = fail(s, path, "archive member name too long");
				break;
			}
			memcpy(member, names + at, len);
			member[len] = 0;
		} else if (field[0] == '/') {
			member[0] = 0;	/* symbol table */
		} else {
			for (i = 0; i < 16 && field[i] != '/' && field[i] != ' '; i++)
				member[i] = field[i];
			member[i] = 0;
		}
		if (strncmp(field, "//", 2) && (field[0] != '/' || (field[1] >= '0' && field[1] <= '9'))) {
			if (thin) {
				char *mp = member[0] == '/' ? pa_xstrdup(member) :
					pa_xasprintf("%s%s", dir, member);

				rc = read_path(s, mp, depth + 1, 1);
				free(mp);
			} else if (size >= 4 && !memcmp(h + 60, "\177ELF", 4)) {
				char *label = pa_xasprintf("%s(%s)", path, member);

				rc = read_elf(s, label, h + 60, (size_t)size);
				free(label);
			}
		}
		off += 60 + (has_data ? (size_t)size : 0);
		off += off & 1;
	}
	free(dir);
	return rc;
}

/* ---- files ------------------------------------------------------------------------- */

static int read_bytes(struct src *s, const char *path, const unsigned char *p, size_t n,
		      int depth, int quiet_text)
{
	if (n >= 4 && !memcmp(p, "\177ELF", 4))
		return read_elf(s, path, p, n);
	if (n >= 8 && (!memcmp(p, "!<arch>\n", 8) || !memcmp(p, "!<thin>\n", 8))) {
		if (depth >= MAX_DEPTH)
			return fail(s, path, "archives nested too deep");
		return read_ar(s, path, p, n, depth);
	}
	if (quiet_text)
		return 0;	/* a thin archive's member that is no object */
	return one_graph(s, path, p, n);
}

static int read_path(struct src *s, const char *path, int depth, int quiet_text)
{
	struct stat st;
	void *map;
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0 || fstat(fd, &st)) {
		snprintf(s->err, s->errlen, "%s: error: cannot open: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return fail(s, path, "not a regular file");
	}
	if (!st.st_size) {
		close(fd);
		return quiet_text ? 0 : fail(s, path, "not a pageaudit graph (empty file)");
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		snprintf(s->err, s->errlen, "%s: error: cannot read: %s", path, strerror(errno));
		return -1;
	}
	rc = read_bytes(s, path, map, (size_t)st.st_size, depth, quiet_text);
	munmap(map, (size_t)st.st_size);
	return rc;
}

int pa_unit_read_graph(struct pa_unit *u, const char *path, char *err, size_t errlen)
{
	struct src s = { u, err, errlen };

	return read_path(&s, path, 0, 0);
}

int pa_unit_read_graph_mem(struct pa_unit *u, const char *name, const void *p, size_t n,
			   char *err, size_t errlen)
{
	struct src s = { u, err, errlen };

	if (!n)
		return fail(&s, name, "not a pageaudit graph (empty file)");
	return read_bytes(&s, name, p, n, 0, 0);
}

void pa_unit_graph_counts(const struct pa_unit *u, int *read, int *dup)
{
	*read = u->graphs_read;
	*dup = u->graphs_dup;
}
