-- An event actor's count (قتل أكثر من 30 شخصا: the actor شخصا, counted 30), kept apart from the actor since
-- rasd 0.x: the number where the words give one, and the count's own words.
ALTER TABLE event_actors ADD COLUMN count INTEGER;
ALTER TABLE event_actors ADD COLUMN count_text TEXT;
