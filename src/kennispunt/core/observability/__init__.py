"""Observability: request ids, structured logs without personal data, /metrics for Prometheus.

Operator documentation: docs/deploy/observability.md.
"""
