"""Scrapy settings of the vnpolicy crawler: polite by default. ``crawler.run`` reads this module and
lays the command line's choices over it (contact, database, Redis, job directory)."""

BOT_NAME = "vnpolicy"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# who is asking, truthfully: the project, its version and how to reach the operator. The contact
# comes from --contact or $VNPOLICY_CRAWL_CONTACT; set it to your e-mail or project page.
VNPOLICY_CONTACT = "https://github.com/vnpolicy/vnpolicy (set --contact or VNPOLICY_CRAWL_CONTACT)"
VNPOLICY_USER_AGENT = "vnpolicy/{version} (research crawler for policy texts; +{contact})"

# robots.txt is obeyed, always
ROBOTSTXT_OBEY = True
# no cookies: articles do not need them and a crawler should not collect them
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# politeness: AutoThrottle adapts the delay to the server's latency; two requests at a time per site
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# many sites at once: the queue hands out requests per domain instead of draining one site first
# (Scrapy's DownloaderAwarePriorityQueue, keeping its list of queues current for a resume after a kill)
SCHEDULER_PRIORITY_QUEUE = "crawler.frontier.DurablePriorityQueue"
# with --jobdir, the queue on disk: Scrapy's SQLite queues, one committed transaction a request, so a
# crawl killed with SIGKILL leaves every queued request readable (crawler/frontier.py)
SCHEDULER_DISK_QUEUE = "crawler.frontier.LifoRequestQueue"
SCHEDULER_START_DISK_QUEUE = "crawler.frontier.FifoStartQueue"
SCHEDULER = "crawler.frontier.JobdirScheduler"
# the spider keeps nothing in spider.state: no spider.state file in --jobdir (one less write to fail)
EXTENSIONS = {"scrapy.extensions.spiderstate.SpiderState": None}

# timeouts and a size limit: a page larger than this is abandoned, not stored
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

# retries of transient failures, each after a longer wait (base × 2^attempt seconds, capped)
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
VNPOLICY_RETRY_BACKOFF_BASE = 2.0
VNPOLICY_RETRY_BACKOFF_MAX = 120.0

# redirects are followed, a few hops at most (a loop is reported, not followed forever)
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5
METAREFRESH_ENABLED = True

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # after robots.txt (100): skips pages already stored, asks the others conditionally
    "crawler.middlewares.IncrementalMiddleware": 120,
}
DUPEFILTER_CLASS = "crawler.dupefilter.ReportingDupeFilter"
ITEM_PIPELINES = {"crawler.pipelines.CorpusPipeline": 300}

# raw pages are written to the corpus in transactions of this many pages, or after this many seconds
VNPOLICY_BATCH_SIZE = 50
VNPOLICY_FLUSH_SECONDS = 2.0

# the asyncio reactor (Scrapy's default) and UTF-8 logs
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "ERROR"
LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"

# for a site you run yourself on this machine (the bundled sample site, benchmarks): no waiting.
# Never use these against someone else's server.
VNPOLICY_LOCAL_SITE_SETTINGS = {
    "AUTOTHROTTLE_START_DELAY": 0.0,
    "AUTOTHROTTLE_MAX_DELAY": 0.2,
    "DOWNLOAD_DELAY": 0.0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "DOWNLOAD_TIMEOUT": 10,
    "VNPOLICY_RETRY_BACKOFF_BASE": 0.05,
    "VNPOLICY_FLUSH_SECONDS": 0.5,
}

# scrapy-redis, used with --redis: one shared queue and one shared dupefilter for every process
VNPOLICY_REDIS_SETTINGS = {
    "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
    "DUPEFILTER_CLASS": "crawler.dupefilter.RedisReportingDupeFilter",
    "SCHEDULER_PERSIST": True,
    "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
    # a process whose queue stays empty this long (seconds) while others may still add work stops
    "SCHEDULER_IDLE_BEFORE_CLOSE": 1,
    # whether any process of the shared crawl was answered (see crawler.cluster.ClusterAnswers)
    "EXTENSIONS": {**EXTENSIONS, "crawler.cluster.ClusterAnswers": 500},
}
