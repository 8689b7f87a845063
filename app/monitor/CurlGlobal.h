#pragma once

// Initialises libcurl once per process, before any thread uses it (curl_global_init is not thread-safe).
// Safe to call from several places; the first call does the work.
void ensureCurlGlobalInit();
