#include "monitor/CurlGlobal.h"

#include <curl/curl.h>

#include <mutex>

void ensureCurlGlobalInit()
{
    static std::once_flag once;
    // Never cleaned up: other threads may still hold handles while the process exits.
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}
