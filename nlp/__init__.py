"""Language layer: settings, text folding, language identification, segmentation, gazetteers."""
