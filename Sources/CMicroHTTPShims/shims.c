#include "CMicroHTTPShims.h"
