"""Writers for the field's own tools: FollowTheMoney for Aleph (``ftm``), link tables for i2 (``i2``)."""
