from .articles import ArticlePage, KnowledgeIndexPage, RelatedArticle, ThemePage
from .documents import KennispuntDocument
from .modules import ChecklistTick, LessonCompletion, LessonPage, ModulePage
from .news import NewsIndexPage, NewsPage
from .wegwijzer import WegwijzerEntry, WegwijzerNeed, WegwijzerPage

__all__ = [
    "ArticlePage",
    "ChecklistTick",
    "KennispuntDocument",
    "KnowledgeIndexPage",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "NewsIndexPage",
    "NewsPage",
    "RelatedArticle",
    "ThemePage",
    "WegwijzerEntry",
    "WegwijzerNeed",
    "WegwijzerPage",
]
