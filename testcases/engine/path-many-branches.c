/* Twelve independent feature checks between the mark and the I/O (4096
 * paths): still exactly one finding, not a dropped object. */
#include "engine.h"

int xmit_page(struct t_req *req, struct obj *obj, unsigned int f, int len)
{
	int off = 0;

	t_mark(obj);
	if (f & 0x0001)
		off += 1;
	if (f & 0x0002)
		off += 2;
	if (f & 0x0004)
		len -= 4;
	if (f & 0x0008)
		off += 8;
	if (f & 0x0010)
		len -= 16;
	if (f & 0x0020)
		off += 32;
	if (f & 0x0040)
		len -= 64;
	if (f & 0x0080)
		off += 128;
	if (f & 0x0100)
		len -= 2;
	if (f & 0x0200)
		off += 4;
	if (f & 0x0400)
		len -= 8;
	if (f & 0x0800)
		off += 16;
	t_io_fill(req, 0, obj, off, len); // expect: missing-accessible(xmit_page)
	return len;
}
