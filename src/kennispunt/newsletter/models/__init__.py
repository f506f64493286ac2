from .mailing import Delivery, DeliveryStatus, Mailing, MailingStatus
from .pages import NewsletterIndexPage, NewsletterIssuePage
from .subscribers import ConsentAction, ConsentRecord, Subscriber, SubscriberStatus

__all__ = [
    "ConsentAction",
    "ConsentRecord",
    "Delivery",
    "DeliveryStatus",
    "Mailing",
    "MailingStatus",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "Subscriber",
    "SubscriberStatus",
]
