import type { LabeledText } from '../../src/classify/types.js';

/** A small made-up training set: three intents with a handful of phrasings each. */
export const PETS_TRAIN: LabeledText[] = [
  ...['how do i feed my cat', 'what food should my cat eat', 'cat food recommendations', 'is tuna good for cats', 'feeding a kitten'].map(
    (text) => ({ text, intent: 'pets.feed' }),
  ),
  ...[
    'book a vet appointment',
    'i need to see the vet',
    'schedule a visit to the veterinarian',
    'vet booking for my dog',
    'when is the vet open',
  ].map((text) => ({ text, intent: 'pets.vet' })),
  ...[
    'how long should i walk my dog',
    'dog walking tips',
    'take the puppy for a walk',
    'best time to walk a dog',
    'walking my dog in the rain',
  ].map((text) => ({ text, intent: 'pets.walk' })),
];

/** Held-out phrasings of the same intents, plus utterances nobody trained for. */
export const PETS_VAL: LabeledText[] = [
  { text: 'what should i feed the cat', intent: 'pets.feed' },
  { text: 'make an appointment with the vet', intent: 'pets.vet' },
  { text: 'walk the dog tips', intent: 'pets.walk' },
  { text: 'what is the capital of peru', intent: 'oos' },
  { text: 'play some jazz music', intent: 'oos' },
];
