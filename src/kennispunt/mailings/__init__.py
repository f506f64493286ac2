"""The bulk-mail engine: one message to many recipients, in batches, exactly once.

Features (the newsletter, the outreach to griffies) use only its public interface:
``audiences`` (register who a mailing goes to), ``bounces`` (register what a bounce means),
``content`` (the rendered message and its helpers), ``services`` (create, send now, cancel,
skip, erase), ``selectors`` (mailings, progress, who was reached) and the models for reading.
``sending`` and ``tasks`` are the engine's own.
"""
