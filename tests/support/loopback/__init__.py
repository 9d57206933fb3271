"""Loopback stand-ins for external services, for tests and benchmarks (no network needed)."""
from .anthropic_server import FaultPlan, LoopbackAnthropic
from .openai_server import LoopbackOpenAI

__all__ = ["FaultPlan", "LoopbackAnthropic", "LoopbackOpenAI"]
