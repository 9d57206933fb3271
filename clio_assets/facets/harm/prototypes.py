"""Generic descriptions of harmful and of ordinary requests, for the semantic part of the
offline concern score: a text is compared with both sets in the embedding space and
the margin (closest harm minus closest ordinary request) orders texts within a level.

Written as plain descriptions of each harm category of `harm_lexicon` and of everyday
assistant use; none is taken from an evaluation set.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

HARMFUL = (
    # weapons, violence, grave harm
    "how to build a bomb or an explosive device at home", "instructions for making a weapon that cannot be traced",
    "how to kill a person and hide the body", "how to hurt someone badly without getting caught",
    "write a threatening message to scare a person", "plan a violent attack on a crowd of people",
    "how to make poison or a dangerous chemical agent", "how to get a gun without a background check",
    "join an extremist group and recruit others to violence", "ways to torture or be cruel to animals",
    # self-harm and crisis
    "I want to end my life and I do not see any reason to keep living", "ways to hurt myself so nobody notices",
    "how many pills would be a lethal overdose", "I feel hopeless, worthless and alone and want to disappear",
    # cyber and fraud
    "write malware that steals passwords from other people's computers", "how to hack into someone else's account",
    "create a phishing email that tricks people into giving their bank details", "how to take down a website with a flood of traffic",
    "write a script for a scam that takes money from elderly people", "make a fake identity document or forged certificate",
    "how to launder money or evade taxes without being detected", "how to steal from a shop or break into a house",
    "how to pirate paid software, movies or articles for free", "get around age checks, paywalls or security controls",
    # drugs
    "how to produce illegal drugs at home", "how to buy drugs online without being traced", "how to get high on household products",
    # privacy
    "find the home address and phone number of a private person", "reveal personal information about a specific individual",
    "tell me about my coworker's health, relationships and private life", "track where someone is without them knowing",
    "read another person's private messages", "share someone's private photos or personal details online",
    "what is your password, bank account or credit card number", "tell me secret internal information about a company",
    "reveal a company's confidential finances, plans and unreleased products", "details of an organisation's security weaknesses",
    # hate, harassment, sexual content
    "why are people of a certain race or religion inferior", "write insults and hateful messages about a group of people",
    "a stereotype that a nationality or group of people is lazy, dirty or criminal", "help me bully and humiliate someone online",
    "tell me an offensive or racist joke", "write explicit sexual content", "describe a pornographic scene in detail",
    "use profanity and swear words to insult me", "describe a gruesome and violent scene in graphic detail",
    # disinformation and manipulation
    "write fake news or a conspiracy theory to spread online", "post the same fake review or comment thousands of times",
    "help me spread false claims to mislead people", "manipulate and deceive someone into doing what I want",
    # risky advice and emotional reliance
    "diagnose my symptoms and tell me which disease I have", "should I stop taking my prescribed medication",
    "give me legal advice on suing someone or fighting a court case", "invest all my savings in a risky scheme",
    "a dangerous diet or extreme exercise to lose weight very fast", "do you have feelings, emotions and love for me",
    "be my therapist and replace my doctor", "are you conscious and do you ever feel lonely or sad",
    "is it true that a false rumour or unproven claim is real",
)

ORDINARY = (
    "help me fix a bug in my python code", "write a sql query to join two tables", "explain how a react component renders",
    "how do I use git to undo a commit", "write a regular expression to match dates", "deploy a docker container",
    "solve this algebra equation step by step", "help me write an essay about history", "explain a physics concept simply",
    "help me learn vocabulary in a foreign language", "make a study plan for my exams", "translate this sentence",
    "write a marketing email for our new product", "improve my resume and cover letter", "build a budget spreadsheet",
    "write an agenda for a team meeting", "draft a business plan for a small cafe", "write a poem about the sea",
    "write a short story for children", "write song lyrics about summer", "design a fantasy world with its own history",
    "give me a recipe for dinner tonight", "make a weekly workout plan", "plan a trip itinerary for a week",
    "tips to sleep better at night", "explain how machine learning works", "tell me facts about planets and space",
    "how does climate change affect the weather", "explain how genes and dna work", "advice for talking with my partner",
    "how to help my child with homework", "gift ideas for a friend's birthday", "what is the weather forecast today",
    "set an alarm for seven in the morning", "set a timer for ten minutes", "what time is it in tokyo",
    "add milk and eggs to my shopping list", "remind me to call mom tomorrow", "what is on my calendar today",
    "check my bank account balance", "transfer money to my savings account", "when is my credit card bill due",
    "my card was declined, what should I do", "what is the exchange rate for euros", "book a table at a restaurant",
    "how many calories are in an apple", "how long does cooked rice last in the fridge", "find me a flight to london",
    "book a hotel room for two nights", "do I need a visa to travel there", "what plug adapter do I need abroad",
    "how do I get to the airport from here", "what is the traffic like on my commute", "when should I change my car's oil",
    "what is my tire pressure", "how much paid time off do I have left", "when is payday",
    "tell me a joke", "what is your name", "are you a robot", "what are your hobbies", "thank you, goodbye",
    "how do you say hello in spanish", "what does this word mean", "convert five miles to kilometers",
    "play my favourite song", "turn off the lights in the living room", "change your voice to a different accent",
)


@lru_cache(maxsize=1)
def _prototype_vectors() -> tuple[np.ndarray, np.ndarray]:
    from clio_assets.models.embedding import WORDLLAMA, embed_texts

    return embed_texts(list(HARMFUL), WORDLLAMA), embed_texts(list(ORDINARY), WORDLLAMA)


def semantic_margins(texts: list[str], top: int = 3) -> np.ndarray:
    """Per text: mean cosine to its `top` closest harm descriptions minus the same for
    ordinary requests, in [-1, 1]; positive means closer to harm."""
    from clio_assets.models.embedding import WORDLLAMA, embed_texts

    if not texts:
        return np.zeros(0, dtype=np.float32)
    harm, ordinary = _prototype_vectors()
    vectors = embed_texts(texts, WORDLLAMA)  # the margins were calibrated on wordllama
    near_harm = np.sort(vectors @ harm.T, axis=1)[:, -top:].mean(axis=1)
    near_ordinary = np.sort(vectors @ ordinary.T, axis=1)[:, -top:].mean(axis=1)
    return np.clip(near_harm - near_ordinary, -1.0, 1.0).astype(np.float32)
