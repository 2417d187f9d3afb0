#ifndef C_MICRO_HTTP_SHIMS_H
#define C_MICRO_HTTP_SHIMS_H
#endif
