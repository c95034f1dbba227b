#ifndef DOCKET_CCURL_H
#define DOCKET_CCURL_H

/* libcurl as Docket uses it, loaded when a command first fetches.
 *
 * Docket does not link libcurl: with the forty shared libraries it pulls in (TLS,
 * Kerberos, LDAP, SSH...) it cost every process about 8 ms to map and relocate before
 * main, a search included. docket_curl_load() opens libcurl with dlopen, once per
 * process, and fills a table of the functions below; a function here may be called
 * only after docket_curl_load() succeeded.
 *
 * Each function has libcurl's signature under a docket_ name. The setopt and getinfo
 * ones also fix the type of the variadic argument, which Swift cannot pass. They hold
 * no logic. */
#include <curl/curl.h>

/* Loads libcurl (once; later calls return the first answer). Returns 0 on success;
 * otherwise -1 and points *message at a one-line explanation in static storage. */
int docket_curl_load(const char **message);

CURLcode docket_curl_global_init(long flags);

CURL *docket_curl_easy_init(void);
void docket_curl_easy_cleanup(CURL *handle);
CURLcode docket_curl_easy_perform(CURL *handle);
const char *docket_curl_easy_strerror(CURLcode code);

typedef size_t (*docket_curl_write_callback)(char *data, size_t size, size_t count, void *userdata);

CURLcode docket_curl_easy_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode docket_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode docket_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode docket_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode docket_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode docket_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, docket_curl_write_callback value);
CURLcode docket_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode docket_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value);

CURLM *docket_curl_multi_init(void);
CURLMcode docket_curl_multi_cleanup(CURLM *multi);
CURLMcode docket_curl_multi_add_handle(CURLM *multi, CURL *handle);
CURLMcode docket_curl_multi_remove_handle(CURLM *multi, CURL *handle);
CURLMcode docket_curl_multi_perform(CURLM *multi, int *running);
CURLMcode docket_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra, unsigned int count, int timeout_ms,
                                 int *ready);
CURLMcode docket_curl_multi_wakeup(CURLM *multi);
CURLMsg *docket_curl_multi_info_read(CURLM *multi, int *left);
const char *docket_curl_multi_strerror(CURLMcode code);

struct curl_slist *docket_curl_slist_append(struct curl_slist *list, const char *line);
void docket_curl_slist_free_all(struct curl_slist *list);

#endif
