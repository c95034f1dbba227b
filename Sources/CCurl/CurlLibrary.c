#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#if defined(__APPLE__)
#define DOCKET_LIBCURL "libcurl.4.dylib"
#else
#define DOCKET_LIBCURL "libcurl.so.4"
#endif

/* libcurl's functions, as dlsym found them. Written once, under pthread_once, and only
 * read afterwards. */
static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    CURLcode (*easy_perform)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_cleanup)(CURLM *);
    CURLMcode (*multi_add_handle)(CURLM *, CURL *);
    CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
    CURLMcode (*multi_perform)(CURLM *, int *);
    CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
    CURLMcode (*multi_wakeup)(CURLM *);
    CURLMsg *(*multi_info_read)(CURLM *, int *);
    const char *(*multi_strerror)(CURLMcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static const char *load_failure;
static char load_failure_text[512];

static void load(void) {
    void *library = dlopen(DOCKET_LIBCURL, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(load_failure_text, sizeof load_failure_text,
                 "cannot load libcurl (%s); install it (apt: libcurl4) to fetch feeds", dlerror());
        load_failure = load_failure_text;
        return;
    }
    /* The POSIX idiom for storing dlsym's object pointer into a function pointer. */
#define DOCKET_FIND(field, symbol)                                                                         \
    if (!(*(void **)&curl.field = dlsym(library, symbol))) {                                              \
        snprintf(load_failure_text, sizeof load_failure_text,                                              \
                 "the libcurl found (%s) has no %s; Docket needs libcurl 7.85 or newer", DOCKET_LIBCURL,  \
                 symbol);                                                                                  \
        load_failure = load_failure_text;                                                                  \
        return;                                                                                            \
    }
    DOCKET_FIND(global_init, "curl_global_init")
    DOCKET_FIND(easy_init, "curl_easy_init")
    DOCKET_FIND(easy_cleanup, "curl_easy_cleanup")
    DOCKET_FIND(easy_perform, "curl_easy_perform")
    DOCKET_FIND(easy_strerror, "curl_easy_strerror")
    DOCKET_FIND(easy_setopt, "curl_easy_setopt")
    DOCKET_FIND(easy_getinfo, "curl_easy_getinfo")
    DOCKET_FIND(multi_init, "curl_multi_init")
    DOCKET_FIND(multi_cleanup, "curl_multi_cleanup")
    DOCKET_FIND(multi_add_handle, "curl_multi_add_handle")
    DOCKET_FIND(multi_remove_handle, "curl_multi_remove_handle")
    DOCKET_FIND(multi_perform, "curl_multi_perform")
    DOCKET_FIND(multi_poll, "curl_multi_poll")
    DOCKET_FIND(multi_wakeup, "curl_multi_wakeup")
    DOCKET_FIND(multi_info_read, "curl_multi_info_read")
    DOCKET_FIND(multi_strerror, "curl_multi_strerror")
    DOCKET_FIND(slist_append, "curl_slist_append")
    DOCKET_FIND(slist_free_all, "curl_slist_free_all")
#undef DOCKET_FIND
}

int docket_curl_load(const char **message) {
    pthread_once(&load_once, load);
    if (load_failure) {
        if (message) *message = load_failure;
        return -1;
    }
    return 0;
}

CURLcode docket_curl_global_init(long flags) { return curl.global_init(flags); }

CURL *docket_curl_easy_init(void) { return curl.easy_init(); }
void docket_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
CURLcode docket_curl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
const char *docket_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }

CURLcode docket_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode docket_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode docket_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode docket_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode docket_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode docket_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, docket_curl_write_callback value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode docket_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode docket_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl.easy_getinfo(handle, info, value);
}

CURLM *docket_curl_multi_init(void) { return curl.multi_init(); }
CURLMcode docket_curl_multi_cleanup(CURLM *multi) { return curl.multi_cleanup(multi); }
CURLMcode docket_curl_multi_add_handle(CURLM *multi, CURL *handle) { return curl.multi_add_handle(multi, handle); }
CURLMcode docket_curl_multi_remove_handle(CURLM *multi, CURL *handle) {
    return curl.multi_remove_handle(multi, handle);
}
CURLMcode docket_curl_multi_perform(CURLM *multi, int *running) { return curl.multi_perform(multi, running); }
CURLMcode docket_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra, unsigned int count, int timeout_ms,
                                 int *ready) {
    return curl.multi_poll(multi, extra, count, timeout_ms, ready);
}
CURLMcode docket_curl_multi_wakeup(CURLM *multi) { return curl.multi_wakeup(multi); }
CURLMsg *docket_curl_multi_info_read(CURLM *multi, int *left) { return curl.multi_info_read(multi, left); }
const char *docket_curl_multi_strerror(CURLMcode code) { return curl.multi_strerror(code); }

struct curl_slist *docket_curl_slist_append(struct curl_slist *list, const char *line) {
    return curl.slist_append(list, line);
}
void docket_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }
