"""(face under construction)"""
