from .editions import SentEdition
from .pages import NewsletterIndexPage, NewsletterIssuePage
from .subscribers import ConsentAction, ConsentRecord, Subscriber, SubscriberStatus

__all__ = [
    "ConsentAction",
    "ConsentRecord",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "SentEdition",
    "Subscriber",
    "SubscriberStatus",
]
