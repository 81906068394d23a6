"""The durable outbox: store every outgoing mail first, then deliver it exactly once."""

from careerlog.outbox.deliver import DeliveryReport, deliver_due
from careerlog.outbox.queue import enqueue, list_outbox, requeue

__all__ = ["DeliveryReport", "deliver_due", "enqueue", "list_outbox", "requeue"]
