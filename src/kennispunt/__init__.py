"""Kennispunt: het ondersteuningsplatform voor lokale politieke partijen."""
